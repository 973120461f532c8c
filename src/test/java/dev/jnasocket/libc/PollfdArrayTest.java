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
    void reallocKeepsTheEntriesAndIndexesAreChecked() {
        pollfd.Array pfds = new pollfd.Array(2);
        pfds.set(1, new pollfd(7, POLLOUT));
        pollfd.Array bigger = pfds.realloc(4);
        assertThat(bigger.capacity(), is(4));
        assertThat(bigger.fd(1), is(7));
        assertThat(bigger.events(1), is(POLLOUT));
        assertThat(bigger.fd(3), is(0));
        assertThat("the old array is still readable (no use after free)", pfds.fd(1), is(7));
        assertThrows(IndexOutOfBoundsException.class, () -> bigger.fd(4));
        assertThrows(IndexOutOfBoundsException.class, () -> bigger.set(-1, new pollfd()));
        assertThrows(IllegalArgumentException.class, () -> poll(bigger, 5, 0));
        assertThrows(IllegalArgumentException.class, () -> new pollfd.Array(0));
        pfds.close();
        bigger.close();
    }
}
