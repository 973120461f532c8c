package dev.jnasocket.libc;

import static dev.jnasocket.libc.LibC.*;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/**
 * {@link pollfd.Array}: C's {@code struct pollfd pfds[n]} with value semantics, so the classic
 * poll server's {@code pfds[i] = pfds[fd_count-1]} ports as {@code pfds.set(i, pfds.get(fd_count-1))}
 * and loses no client.
 */
class PollfdArrayTest {
    @Test
    void assignmentCopiesValuesSoRemovingAnEntryKeepsTheLastOne() {
        try (pollfd.Array pfds = new pollfd.Array(3)) {
            for (int i = 0; i < 3; i++) {
                pfds.fd(i, 10 + i);
                pfds.events(i, POLLIN);
            }
            int fd_count = 3;
            // del_from_pfds(pfds, 0, &fd_count): pfds[0] = pfds[fd_count-1]; fd_count--;
            pfds.set(0, pfds.get(fd_count - 1));
            fd_count--;
            pfds.fd(fd_count, -1); // the slot now past the end is reused later, as in C
            assertThat(pfds.fd(0), is(12));
            assertThat("the entry moved is a copy: changing the old slot leaves it", pfds.fd(1), is(11));
            assertThat(pfds.events(0), is(POLLIN));
            assertThat(pfds.requests(fd_count), is("[{fd=12, events=POLLIN}, {fd=11, events=POLLIN}]"));
        }
    }

    @Test
    void pollFillsReventsInPlace() {
        int[] sv = new int[2];
        assertThat(socketpair(AF_UNIX, SOCK_STREAM, 0, sv), is(0));
        try (pollfd.Array pfds = new pollfd.Array(2)) {
            pfds.fd(0, sv[0]);
            pfds.events(0, POLLIN);
            pfds.fd(1, sv[1]);
            pfds.events(1, POLLOUT);
            assertThat(poll(pfds, 2, 0), is(1));
            assertThat(pfds.revents(0), is(0));
            assertThat(pfds.revents(1), is(POLLOUT));
            assertThat(write(sv[1], new byte[] {1}, 1), is(1L));
            assertThat(poll(pfds, 2, 1000), is(2));
            assertThat(pfds.revents(0), is(POLLIN));
            assertThat(pfds.get(0).revents, is(POLLIN));
            assertThat(pfds.answers(2), is("[{fd=" + sv[0] + ", revents=POLLIN}, {fd=" + sv[1] + ", revents=POLLOUT}]"));
        } finally {
            close(sv[0]);
            close(sv[1]);
        }
    }

    @Test
    void aCloseDuringATracedPollWaitsForItAndTheTraceStillEnds() throws Exception {
        int[] sv = new int[2];
        assertThat(socketpair(AF_UNIX, SOCK_STREAM, 0, sv), is(0));
        pollfd.Array pfds = new pollfd.Array(1);
        pfds.fd(0, sv[0]);
        pfds.events(0, POLLIN);
        boolean was = Trace.enabled();
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        Trace.output(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
        Trace.enable(true);
        try {
            int[] r = {-2};
            Throwable[] failed = new Throwable[1];
            Thread poller = new Thread(() -> {
                try {
                    r[0] = poll(pfds, 1, 5000);
                } catch (Throwable e) {
                    failed[0] = e;
                }
            }, "poller");
            poller.start();
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (!Trace.inCall(poller) && System.nanoTime() < deadline) {
                Thread.sleep(2);
            }
            pfds.close();                              // while the kernel still has the array
            assertThat(write(sv[1], new byte[] {1}, 1), is(1L));
            poller.join(5000);
            assertThat(failed[0], is(nullValue()));
            assertThat(r[0], is(1));
            assertThat("the call is no longer shown as pending", Trace.inCall(poller), is(false));
            assertThat(captured.toString(java.nio.charset.StandardCharsets.UTF_8),
                    containsString("= 1 ([{fd=" + sv[0] + ", revents=POLLIN}])"));
            assertThrows(IllegalStateException.class, () -> pfds.fd(0));
        } finally {
            Trace.enable(was);
            Trace.output(null);
            close(sv[0]);
            close(sv[1]);
        }
    }

    @Test
    void reallocKeepsTheEntriesAndIndexesAreChecked() {
        pollfd.Array pfds = new pollfd.Array(2);
        pfds.set(1, new pollfd(7, POLLOUT));
        pollfd.Array bigger = pfds.realloc(4);
        assertThat(bigger.capacity(), is(4));
        assertThat(bigger.fd(1), is(7));
        assertThat(bigger.events(1), is(POLLOUT));
        assertThat(bigger.fd(3), is(0));
        assertThat("the old array is closed: a stale use is refused, never a read of freed memory", pfds.isClosed(), is(true));
        assertThrows(IllegalStateException.class, () -> pfds.fd(1));
        assertThrows(IllegalStateException.class, () -> poll(pfds, 1, 0));
        assertThrows(IndexOutOfBoundsException.class, () -> bigger.fd(4));
        assertThrows(IndexOutOfBoundsException.class, () -> bigger.set(-1, new pollfd()));
        assertThrows(IllegalArgumentException.class, () -> poll(bigger, 5, 0));
        assertThrows(IllegalArgumentException.class, () -> new pollfd.Array(0));
        pfds.close();
        bigger.close();
    }
}
