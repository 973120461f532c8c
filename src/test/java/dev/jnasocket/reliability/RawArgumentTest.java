package dev.jnasocket.reliability;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jnasocket.libc.LibC;
import dev.jnasocket.libc.Os;
import dev.jnasocket.libc.Trace;
import dev.jnasocket.libc.epoll_event;
import dev.jnasocket.libc.kevent;
import dev.jnasocket.libc.pthread_t;
import dev.jnasocket.libc.sockaddr_in6;
import dev.jnasocket.libc.sockaddr_un;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Bad Java arguments to the raw layer are refused before any call, with a message, never an NPE. */
class RawArgumentTest {
    /**
     * {@code pathLength} is a public field: a negative one used to pass into bind, which ran, and
     * then failed in the trace's formatting of the address. It is refused before the call.
     */
    @Test
    void aNegativeAfUnixPathLengthIsRefusedBeforeTheCallWithTheTraceOn() {
        ByteArrayOutputStream trace = new ByteArrayOutputStream();
        boolean was = Trace.enabled();
        Trace.output(new PrintStream(trace, true, StandardCharsets.UTF_8));
        Trace.enable(true);
        int fd = LibC.socket(LibC.AF_UNIX, LibC.SOCK_STREAM, 0);
        try {
            sockaddr_un un = new sockaddr_un("/tmp/never-bound");
            un.pathLength = -1;
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LibC.bind(fd, un, un.size()));
            assertThat(e.getMessage(), containsString("negative"));
            assertThrows(IllegalArgumentException.class, () -> LibC.connect(fd, un, un.size()));
            assertThat("no bind or connect was made", trace.toString(StandardCharsets.UTF_8),
                    not(anyOf(containsString("bind("), containsString("connect("))));
            assertThat(un.toString(), containsString("pathLength -1")); // printing it does not throw
        } finally {
            Trace.enable(was);
            Trace.output(null);
            LibC.close(fd);
        }
    }

    @Test
    void nullArgumentsAreIllegalArgumentsNamingTheCall() {
        assertThat(assertThrows(IllegalArgumentException.class, () -> LibC.cString(null)).getMessage(),
                is("cString(): b is null"));
        assertThrows(IllegalArgumentException.class, () -> new sockaddr_un((String) null));
        assertThrows(IllegalArgumentException.class, () -> new sockaddr_un().setPath(null));
        assertThrows(IllegalArgumentException.class, () -> new sockaddr_in6().encode(null, Os.HOST));
        assertThrows(IllegalArgumentException.class, () -> epoll_event.decode(null, 0, true));
        assertThrows(IllegalArgumentException.class, () -> new kevent().encode(null, 0));
        assertThrows(IllegalArgumentException.class, () -> new kevent.Array(1).set(0, null));
    }

    @Test
    void aStructThatDoesNotFitItsBufferIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new sockaddr_in6().encode(ByteBuffer.allocate(16), Os.HOST));
        assertThrows(IllegalArgumentException.class, () -> new epoll_event().encode(ByteBuffer.allocate(16), 8, false));
        assertThrows(IllegalArgumentException.class, () -> kevent.decode(ByteBuffer.allocate(32), -1));
    }

    /**
     * pthread_kill took a bare number, and glibc follows a made-up or dead thread's id as a
     * pointer (the fuzz saw SIGSEGV). The id is now a token only pthread_self makes; a thread that
     * has ended gets ESRCH without a call, and null is refused.
     */
    @Test
    void pthreadKillOfAThreadThatEndedIsEsrchNotACrash() throws Exception {
        pthread_t[] t = new pthread_t[1];
        Thread gone = new Thread(() -> t[0] = LibC.pthread_self());
        gone.start();
        gone.join();
        assertThat(LibC.pthread_kill(t[0], LibC.SIGWAKE), is(LibC.ESRCH));
        assertThat("a live thread's own id still works", LibC.pthread_kill(LibC.pthread_self(), 0), is(0));
        assertThrows(IllegalArgumentException.class, () -> LibC.pthread_kill(null, 0));
    }
}
