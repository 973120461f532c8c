package dev.jnasocket.libc;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The event structs byte for byte: epoll_event in both Linux layouts (x86-64 packed, 12 bytes;
 * aarch64 aligned, 16 bytes) and macOS's 32-byte kevent (xnu bsd/sys/event.h). kqueue itself
 * cannot run on Linux; its encoding is what can be checked here.
 */
class EventStructLayoutTest {
    private static byte[] bytes(ByteBuffer b, int n) {
        byte[] out = new byte[n];
        b.get(0, out);
        return out;
    }

    @Test
    void epollEventX86IsPackedTwelveBytes() {
        ByteBuffer b = ByteBuffer.allocate(16);
        new epoll_event(0x80000005, 0x0102030405060708L).encode(b, 0, true);
        assertThat(epoll_event.size(true), is(12));
        assertThat(bytes(b, 12), is(new byte[] {5, 0, 0, (byte) 0x80, 8, 7, 6, 5, 4, 3, 2, 1}));
        epoll_event back = epoll_event.decode(b, 0, true);
        assertThat(back.events, is(0x80000005));
        assertThat(back.data, is(0x0102030405060708L));
    }

    @Test
    void epollEventAarch64IsAlignedSixteenBytes() {
        ByteBuffer b = ByteBuffer.allocate(16);
        b.putInt(4, -1); // padding must be cleared
        new epoll_event(1, 42).encode(b, 0, false);
        assertThat(epoll_event.size(false), is(16));
        assertThat(bytes(b, 16), is(new byte[] {1, 0, 0, 0, 0, 0, 0, 0, 42, 0, 0, 0, 0, 0, 0, 0}));
        assertThat(epoll_event.decode(b, 0, false).data, is(42L));
    }

    @Test
    void epollEventArrayMatchesTheHostAndChecksBounds() {
        try (epoll_event.Array a = new epoll_event.Array(2)) {
            assertThat(a.capacity(), is(2));
            org.junit.jupiter.api.Assertions.assertThrows(IndexOutOfBoundsException.class, () -> a.events(2));
        }
        assertThat("this machine's layout", epoll_event.size(Os.X86_64), is(Os.X86_64 ? 12 : 16));
    }

    /** The bulk read a selector uses gives what the per-field accessors give, and checks the same bounds. */
    @Test
    void epollEventArrayReadCopiesWhatTheWaitReturned() {
        Assumptions.assumeTrue(Os.HOST == Os.LINUX, "epoll is Linux's");
        int[] p1 = new int[2];
        int[] p2 = new int[2];
        assertThat(LibC.socketpair(LibC.AF_UNIX, LibC.SOCK_STREAM, 0, p1), is(0));
        assertThat(LibC.socketpair(LibC.AF_UNIX, LibC.SOCK_STREAM, 0, p2), is(0));
        int ep = Epoll.epoll_create1(LibC.EPOLL_CLOEXEC);
        try (epoll_event.Array a = new epoll_event.Array(4)) {
            assertThat(Epoll.epoll_ctl(ep, LibC.EPOLL_CTL_ADD, p1[0], new epoll_event(LibC.EPOLLOUT, 0x1_0000_0007L)), is(0));
            assertThat(Epoll.epoll_ctl(ep, LibC.EPOLL_CTL_ADD, p2[0], new epoll_event(LibC.EPOLLIN | LibC.EPOLLOUT, 42)), is(0));
            assertThat(LibC.send(p2[1], new byte[] {1}, 1, 0), is(1L));
            int n = Epoll.epoll_wait(ep, a, 1000);
            assertThat(n, is(2));
            int[] events = new int[n];
            long[] data = new long[n];
            a.read(n, events, data);
            for (int i = 0; i < n; i++) {
                assertThat(events[i], is(a.events(i)));
                assertThat(data[i], is(a.data(i)));
            }
            assertThat(data[0] == 42 ? events[0] : events[1], is(LibC.EPOLLIN | LibC.EPOLLOUT));
            assertThat(data[0] == 42 ? data[1] : data[0], is(0x1_0000_0007L));
            Assertions.assertThrows(IndexOutOfBoundsException.class, () -> a.read(5, new int[5], new long[5]));
            Assertions.assertThrows(IndexOutOfBoundsException.class, () -> a.read(2, new int[1], new long[2]));
            Assertions.assertThrows(IllegalArgumentException.class, () -> a.read(1, null, new long[1]));
            Assertions.assertThrows(IllegalArgumentException.class, () -> a.read(1, new int[1], null));
            a.close();
            Assertions.assertThrows(IllegalStateException.class, () -> a.read(1, new int[1], new long[1]));
        } finally {
            LibC.close(ep);
            for (int fd : new int[] {p1[0], p1[1], p2[0], p2[1]}) {
                LibC.close(fd);
            }
        }
    }

    @Test
    void keventIsThirtyTwoBytesAtXnuOffsets() {
        ByteBuffer b = ByteBuffer.allocate(kevent.SIZE).order(ByteOrder.LITTLE_ENDIAN);
        kevent k = new kevent(7, -1 /* EVFILT_READ */, 0x1 | 0x20 /* EV_ADD|EV_CLEAR */);
        k.fflags = 0x11223344;
        k.data = -5;
        k.udata = 0x0a0b0c0d;
        k.encode(b, 0);
        assertThat(b.getLong(0), is(7L));
        assertThat(b.getShort(8), is((short) -1));
        assertThat(b.getShort(10), is((short) 0x21));
        assertThat(b.getInt(12), is(0x11223344));
        assertThat(b.getLong(16), is(-5L));
        assertThat(b.getLong(24), is(0x0a0b0c0dL));
        kevent back = kevent.decode(b, 0);
        assertThat(back.ident, is(7L));
        assertThat(back.filter, is(-1));
        assertThat(back.flags, is(0x21));
        assertThat(back.data, is(-5L));
    }

    @Test
    void kqueueAndEpollSayWhereTheyDoNotExist() {
        if (Os.HOST == Os.LINUX) {
            assertThat(Kqueue.kqueue(), is(-1));
            assertThat(LibC.errno(), is(LibC.ENOSYS));
            int ep = Epoll.epoll_create1(LibC.EPOLL_CLOEXEC);
            assertThat(ep, greaterThanOrEqualTo(0));
            assertThat(LibC.close(ep), is(0));
        }
    }
}
