package dev.jnasocket.echo;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import dev.jnasocket.OSError;

/** The echo tests' one way to run {@link EchoServer#serve()} in a thread of its own, and to stop it. */
final class Serving {
    private Serving() {}

    /**
     * @param server a server that is listening
     * @return the started thread, which ends when serve() returns (an OSError ends it with a RuntimeException)
     */
    static Thread start(EchoServer server) {
        Thread t = new Thread(() -> {
            try {
                server.serve();
            } catch (OSError e) {
                throw new RuntimeException(e);
            }
        }, "echo-server");
        t.start();
        return t;
    }

    /**
     * Shuts the server down and checks that serve() returned within 5 s.
     *
     * @param server  the server {@link #start} runs
     * @param serving the thread it returned
     * @throws InterruptedException if interrupted while waiting
     */
    static void stop(EchoServer server, Thread serving) throws InterruptedException {
        server.shutdown();
        serving.join(5000);
        assertThat("serve() returned after shutdown", serving.isAlive(), is(false));
    }
}
