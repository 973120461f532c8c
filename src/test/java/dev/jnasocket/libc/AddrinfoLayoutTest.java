package dev.jnasocket.libc;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code addrinfo.readList} on a {@code struct addrinfo} list built by hand in native memory, in
 * each OS's layout. The two differ in one place (PLATFORM.md): Linux has {@code ai_addr} at 24
 * and {@code ai_canonname} at 32, macOS the other way round. The offsets, family numbers and
 * sockaddr bytes below are written from that table, not taken from the code under test, and the
 * canonical name sits where the other OS keeps its address, so a swap cannot go unnoticed.
 */
class AddrinfoLayoutTest {
    private static final int SIZE = 48;
    private static final int NEXT = 40;
    private static final int TCP = 6;
    private static final int UDP = 17;

    private static int addrAt(Os os) {
        return os == Os.MACOS ? 32 : 24;
    }

    private static int canonnameAt(Os os) {
        return os == Os.MACOS ? 24 : 32;
    }

    private static int af_inet6(Os os) {
        return os == Os.MACOS ? 30 : 10;
    }

    /** The family header of a sockaddr: u16 on Linux, {@code sa_len} then a u8 family on macOS. */
    private static byte[] header(Os os, int len, int family) {
        return os == Os.MACOS ? new byte[] {(byte) len, (byte) family} : new byte[] {(byte) family, 0};
    }

    /** Writes one entry's fixed fields. */
    private static void entry(Pointer e, int flags, int family, int socktype, int protocol, int addrlen) {
        e.setInt(0, flags);
        e.setInt(4, family);
        e.setInt(8, socktype);
        e.setInt(12, protocol);
        e.setInt(16, addrlen);
    }

    @ParameterizedTest
    @EnumSource(Os.class)
    void readsTwoLinkedEntriesInTheLayoutOfEachOs(Os os) {
        try (Memory m = new Memory(512)) {
            m.clear();
            Pointer first = m.share(0);
            Pointer second = m.share(SIZE);
            Pointer in = m.share(2 * SIZE);          // sockaddr_in, 16 bytes
            Pointer in6 = m.share(2 * SIZE + 16);    // sockaddr_in6, 28 bytes
            Pointer canon = m.share(2 * SIZE + 48);  // "localhost\0"

            // 127.0.0.1:8080 (0x1f90 in network order)
            in.write(0, header(os, 16, 2), 0, 2);
            in.write(2, new byte[] {0x1f, (byte) 0x90, 127, 0, 0, 1}, 0, 6);
            // [::1]:8080, flowinfo 0, scope_id 0
            in6.write(0, header(os, 28, af_inet6(os)), 0, 2);
            in6.write(2, new byte[] {0x1f, (byte) 0x90}, 0, 2);
            in6.setByte(8 + 15, (byte) 1);
            canon.setString(0, "localhost");

            entry(first, 0x2 /* AI_CANONNAME */, 2, 1 /* SOCK_STREAM */, TCP, 16);
            first.setPointer(addrAt(os), in);
            first.setPointer(canonnameAt(os), canon);
            first.setPointer(NEXT, second);

            entry(second, 0, af_inet6(os), 2 /* SOCK_DGRAM */, UDP, 28);
            second.setPointer(addrAt(os), in6);
            second.setPointer(canonnameAt(os), null);
            second.setPointer(NEXT, null);

            addrinfo a = addrinfo.readList(first, os);

            assertThat(a.ai_flags, is(0x2));
            assertThat(a.ai_family, is(2));
            assertThat(a.ai_socktype, is(1));
            assertThat(a.ai_protocol, is(TCP));
            assertThat(a.ai_addrlen, is(16));
            assertThat(a.ai_canonname, is("localhost"));
            assertThat(a.ai_addr, is(instanceOf(sockaddr_in.class)));
            sockaddr_in sin = (sockaddr_in) a.ai_addr;
            assertThat(sin.sin_family, is(2));
            assertThat(LibC.ntohs(sin.sin_port), is(8080));
            assertThat(sin.sin_addr, is(new byte[] {127, 0, 0, 1}));

            addrinfo b = a.ai_next;
            assertThat(b, is(notNullValue()));
            assertThat(b.ai_family, is(af_inet6(os)));
            assertThat(b.ai_socktype, is(2));
            assertThat(b.ai_protocol, is(UDP));
            assertThat(b.ai_canonname, is(nullValue()));
            assertThat(b.ai_addr, is(instanceOf(sockaddr_in6.class)));
            sockaddr_in6 sin6 = (sockaddr_in6) b.ai_addr;
            assertThat(sin6.sin6_family, is(af_inet6(os)));
            assertThat(LibC.ntohs(sin6.sin6_port), is(8080));
            assertThat(sin6.sin6_addr[15], is((byte) 1));
            assertThat(b.ai_next, is(nullValue()));
        }
    }
}
