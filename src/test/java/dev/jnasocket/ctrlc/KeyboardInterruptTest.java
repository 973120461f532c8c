package dev.jnasocket.ctrlc;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Ctrl-C in a Python program and in its Java port: both print the same lines and end with the
 * same exit status, for {@code try: serve_forever() except KeyboardInterrupt:}, for blocking
 * {@code accept} and {@code recv} inside such a {@code try}, and for a Ctrl-C that
 * {@code except Exception} must not catch.
 */
class KeyboardInterruptTest {
    private static final Path PY = Path.of("src", "test", "python", "ctrl_c");

    private static String freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) { // a JDK socket, only to pick a free port number
            return Integer.toString(s.getLocalPort());
        }
    }

    private static String py(String name) {
        return PY.resolve(name).toString();
    }

    @Test
    void exceptKeyboardInterruptAroundServeForever() throws Exception {
        Children.Run python = Children.run(Children.python(py("ctrl_c_serve_forever.py"), freePort()), "serving");
        Children.Run java = Children.run(Children.java(ctrl_c_serve_forever.class, freePort()), "serving");
        assertThat(python.out(), contains("serving", "KeyboardInterrupt caught", "bye"));
        assertThat(python.status(), is(0));
        assertThat("what CPython printed", java.out(), is(python.out()));
        assertThat("stderr: " + java.err(), java.status(), is(python.status()));
    }

    @Test
    void blockingAcceptThenRecvEachInterrupted() throws Exception {
        Children.Run python = Children.run(Children.python(py("ctrl_c_accept_recv.py"), freePort()), "listening", "receiving");
        Children.Run java = Children.run(Children.java(ctrl_c_accept_recv.class, freePort()), "listening", "receiving");
        assertThat(python.out(), contains("listening", "interrupted in accept KeyboardInterrupt() ||", "receiving",
                "interrupted in recv", "b'still works'"));
        assertThat(python.status(), is(3));
        assertThat("what CPython printed", java.out(), is(python.out()));
        assertThat("stderr: " + java.err(), java.status(), is(python.status()));
    }

    @Test
    void exceptExceptionDoesNotCatchCtrlC() throws Exception {
        Children.Run python = Children.run(Children.python(py("ctrl_c_except_exception.py"), freePort()), "listening");
        Children.Run java = Children.run(Children.java(ctrl_c_except_exception.class, freePort()), "listening");
        assertThat(python.out(), contains("listening", "finally runs"));
        assertThat("killed by SIGINT, as a shell reports it", python.status(), is(130));
        assertThat(python.err().strip(), endsWith("KeyboardInterrupt"));
        assertThat("what CPython printed", java.out(), is(python.out()));
        assertThat("stderr: " + java.err(), java.status(), is(python.status()));
        assertThat(java.err().strip(), endsWith("KeyboardInterrupt"));
    }
}
