package dev.jnasocket.echo;

import dev.jnasocket.OSError;

/** The echo tests' one way to run {@link EchoServer#serve()} in a thread of its own. */
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
}
