package dev.jnasocket;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What socketserver does that CPython cannot show: the refusals a JVM needs, and handler classes it cannot build. */
class SocketserverTest {
    static final Address ANY = Address.of("127.0.0.1", 0);

    @Test
    void forkingIsRefusedWithTheReason() {
        for (var attempt : new org.junit.jupiter.api.function.Executable[] {
                socketserver.ForkingMixIn::new,
                () -> new socketserver.ForkingTCPServer(ANY, Object.class),
                () -> new socketserver.ForkingUDPServer(ANY, Object.class)}) {
            var e = assertThrows(UnsupportedOperationException.class, attempt);
            assertThat(e.getMessage(), allOf(containsString("fork()"), containsString("ThreadingTCPServer")));
        }
    }

    /** An inner (non-static) class has no constructor without arguments. */
    class Inner extends socketserver.BaseRequestHandler<SocketObject> {}

    abstract static class Abstract extends socketserver.BaseRequestHandler<SocketObject> {}

    @Test
    void handlerClassesThatCannotBeBuiltAreRefusedAtConstruction() {
        var inner = assertThrows(IllegalArgumentException.class, () -> new socketserver.TCPServer(ANY, Inner.class));
        assertThat(inner.getMessage(), containsString("make it a static nested class"));
        var abs = assertThrows(IllegalArgumentException.class, () -> new socketserver.TCPServer(ANY, Abstract.class));
        assertThat(abs.getMessage(), is("Can't instantiate abstract class Abstract"));
    }

    static class Boom extends socketserver.BaseRequestHandler<SocketObject> {
        @Override
        public void handle() {
            throw new IllegalStateException("boom in handle");
        }
    }

    @Test
    void defaultHandleErrorPrintsBetweenDashesOnStderrAndServingGoesOn() throws Exception {
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try (var server = new socketserver.TCPServer(ANY, Boom.class)) {
            try (var c = socket.create_connection(server.server_address)) {
                server.handle_request();
                assertThat(c.recv(10).length, is(0)); // the request was shut down
            }
        } finally {
            System.setErr(saved);
        }
        String text = err.toString(StandardCharsets.UTF_8);
        assertThat(text, startsWith("-".repeat(40) + "\nException occurred during processing of request from ('127.0.0.1', "));
        assertThat(text, containsString("IllegalStateException: boom in handle"));
        assertThat(text.strip(), endsWith("-".repeat(40)));
    }

    @Test
    void aFailedBindClosesTheServersSocket() throws Exception {
        try (var holder = socket.socket()) {
            holder.bind(ANY);
            holder.listen();
            int before = openFds();
            for (int i = 0; i < 20; i++) {
                assertThrows(OSError.class, () -> new socketserver.TCPServer(holder.getsockname(), Boom.class));
            }
            assertThat("no fd leaked by 20 failed binds", openFds(), is(before));
        }
    }

    private static int openFds() {
        String[] fds = new java.io.File("/proc/self/fd").list();
        return fds == null ? 0 : fds.length;
    }
}
