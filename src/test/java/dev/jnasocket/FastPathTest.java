package dev.jnasocket;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

import dev.jnasocket.libc.Trace;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The waking machinery (close's signal, the interrupt watch, the virtual-thread poller) costs no
 * libc call on the way: a recv with data ready, a send with room and an accept with a pending
 * connection are one libc call each, read from the trace.
 */
class FastPathTest {

    interface Steps {
        void run() throws Exception;
    }

    /** @return the traced calls {@code steps} made, without the library's own threads' lines */
    private static List<String> traced(Steps steps) throws Exception {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        Trace.output(new PrintStream(buf, true, StandardCharsets.UTF_8));
        Trace.enable(true);
        try {
            steps.run();
        } finally {
            Trace.enable(false);
            Trace.output(null);
        }
        return Arrays.stream(buf.toString(StandardCharsets.UTF_8).split("\n"))
                .filter(l -> !l.isBlank() && !l.contains("epoll_wait") && !l.contains("kevent"))
                .collect(Collectors.toList());
    }

    private static void oneCallEach(SocketObject[] p, SocketObject server, SocketObject client) throws Exception {
        p[1].sendall("ready".getBytes());
        assertThat(traced(() -> assertThat(new String(p[0].recv(5)), is("ready"))),
                contains(allOf(containsString("recv("), containsString(") = 5"))));
        List<String> send = traced(() -> p[0].send("x".getBytes()));
        assertThat(send, contains(containsString("send")));
        Thread.sleep(50); // the connection reaches the backlog
        List<String> accept = traced(() -> server.accept().conn().close());
        assertThat(accept.get(0), containsString("accept"));
        assertThat(accept, not(hasItem(containsString("poll("))));
        assertThat(accept, not(hasItem(containsString("pthread_kill"))));
    }

    @Test
    void aPlatformThreadsCallWithDataReadyIsOneLibcCall() throws Exception {
        SocketObject[] p = socket.socketpair();
        try (SocketObject server = socket.create_server("127.0.0.1", 0);
                SocketObject client = socket.create_connection("127.0.0.1", server.getsockname().port())) {
            oneCallEach(p, server, client);
        } finally {
            p[0].close();
            p[1].close();
        }
    }

    @Test
    void aVirtualThreadsCallWithDataReadyIsOneLibcCallOnceTheFdIsNonBlocking() throws Throwable {
        if (!VirtualThreads.supported()) {
            System.out.println("FastPathTest on a virtual thread skipped: this JVM (" + Runtime.version() + ") has no virtual threads");
        }
        Assumptions.assumeTrue(VirtualThreads.supported(), "no virtual threads (JDK 21+ runs this; CI runs it on 25)");
        Object builder = Thread.class.getMethod("ofVirtual").invoke(null);
        Method start = Class.forName("java.lang.Thread$Builder").getMethod("start", Runnable.class);
        Throwable[] failed = {null};
        Thread t = (Thread) start.invoke(builder, (Runnable) () -> {
            SocketObject[] p = null;
            try (SocketObject server = socket.create_server("127.0.0.1", 0);
                    SocketObject client = socket.create_connection("127.0.0.1", server.getsockname().port())) {
                p = socket.socketpair();
                p[0].getsockname(); // the first call makes the fd non-blocking (fcntl) once
                server.getsockname();
                oneCallEach(p, server, client);
                p[0].close();
                p[1].close();
            } catch (Throwable e) {
                failed[0] = e;
            }
        });
        t.join(10_000);
        if (failed[0] != null) {
            throw failed[0];
        }
    }
}
