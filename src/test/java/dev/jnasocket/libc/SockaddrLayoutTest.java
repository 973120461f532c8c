package dev.jnasocket.libc;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The socket address structs byte for byte in both layouts, against arrays written by hand from
 * PLATFORM.md's table: Linux has a u16 family at 0; macOS has {@code sa_len} (u8) at 0 and the
 * family (u8) at 1. The port and address are in network order at the same offsets on both.
 * macOS cannot run here, so this is where its layout is checked; {@link ConstantsHeaderTest}
 * checks the Linux layout against the C compiler as well.
 */
class SockaddrLayoutTest {
    /** AF_INET6 as macOS numbers it; the structs hold the running OS's value, so it is set by hand. */
    private static final int MACOS_AF_INET6 = 30;

    /** A byte array from int literals, so the expected layouts read as hex dumps. */
    private static byte[] bytes(int... v) {
        byte[] b = new byte[v.length];
        for (int i = 0; i < v.length; i++) {
            b[i] = (byte) v[i];
        }
        return b;
    }

    /** {@code size} bytes: {@code head}, then {@code path}, then zeros. */
    private static byte[] padded(int size, byte[] head, byte[] path) {
        byte[] b = new byte[size];
        System.arraycopy(head, 0, b, 0, head.length);
        System.arraycopy(path, 0, b, head.length, path.length);
        return b;
    }

    private static byte[] encode(sockaddr a, Os os) {
        ByteBuffer b = ByteBuffer.allocate(a.size(os));
        a.encode(b, os);
        return b.array();
    }

    /** Asserts that {@code a} encodes to exactly {@code expected}, and that decoding those bytes gives it back. */
    private static sockaddr roundTrip(sockaddr a, Os os, byte[] expected, int len) {
        assertThat(os + " encoding", encode(a, os), is(expected));
        sockaddr back = sockaddr.decode(ByteBuffer.wrap(expected), len, os);
        assertThat(back.getClass(), is(equalTo(a.getClass())));
        assertThat(back.family(), is(a.family()));
        assertThat("re-encoding the decoded struct", encode(back, os), is(expected));
        return back;
    }

    private static sockaddr_in loopback50007() {
        sockaddr_in a = new sockaddr_in();
        a.sin_port = LibC.htons(50007); // 0xc357
        a.sin_addr[0] = 127;
        a.sin_addr[3] = 1;
        return a;
    }

    @Test
    void sockaddrInLinux() {
        byte[] linux = bytes(
                0x02, 0x00,             // sin_family AF_INET, u16 in host (little-endian) order
                0xc3, 0x57,             // sin_port 50007, network order
                127, 0, 0, 1,           // sin_addr
                0, 0, 0, 0, 0, 0, 0, 0  // sin_zero
        );
        sockaddr_in back = (sockaddr_in) roundTrip(loopback50007(), Os.LINUX, linux, 16);
        assertThat(LibC.ntohs(back.sin_port), is(50007));
        assertThat(back.sin_addr, is(bytes(127, 0, 0, 1)));
    }

    @Test
    void sockaddrInMacos() {
        byte[] macos = bytes(
                16,                     // sin_len
                0x02,                   // sin_family AF_INET, one byte
                0xc3, 0x57,
                127, 0, 0, 1,
                0, 0, 0, 0, 0, 0, 0, 0
        );
        sockaddr_in back = (sockaddr_in) roundTrip(loopback50007(), Os.MACOS, macos, 16);
        assertThat(LibC.ntohs(back.sin_port), is(50007));
        assertThat(back.sin_addr, is(bytes(127, 0, 0, 1)));
    }

    private static sockaddr_in6 linkLocal8080(int family) {
        sockaddr_in6 a = new sockaddr_in6();
        a.sin6_family = family;
        a.sin6_port = LibC.htons(8080);          // 0x1f90
        a.sin6_flowinfo = LibC.htonl(0x12345);   // network order, as C keeps it
        a.sin6_addr[0] = (byte) 0xfe;            // fe80::1
        a.sin6_addr[1] = (byte) 0x80;
        a.sin6_addr[15] = 1;
        a.sin6_scope_id = 3;                     // host order
        return a;
    }

    private static final byte[] IN6_AFTER_HEADER = bytes(
            0x1f, 0x90,                                      // sin6_port @2
            0x00, 0x01, 0x23, 0x45,                          // sin6_flowinfo @4
            0xfe, 0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, // sin6_addr @8
            3, 0, 0, 0                                       // sin6_scope_id @24
    );

    @Test
    void sockaddrIn6Linux() {
        byte[] linux = padded(28, bytes(10, 0), IN6_AFTER_HEADER); // AF_INET6 = 10, u16
        sockaddr_in6 back = (sockaddr_in6) roundTrip(linkLocal8080(10), Os.LINUX, linux, 28);
        assertThat(back.sin6_family, is(10));
        assertThat(back.sin6_flowinfo, is(LibC.htonl(0x12345)));
        assertThat(back.sin6_scope_id, is(3));
    }

    @Test
    void sockaddrIn6Macos() {
        byte[] macos = padded(28, bytes(28, MACOS_AF_INET6), IN6_AFTER_HEADER); // sin6_len, u8 family
        sockaddr_in6 back = (sockaddr_in6) roundTrip(linkLocal8080(MACOS_AF_INET6), Os.MACOS, macos, 28);
        assertThat(back.sin6_family, is(MACOS_AF_INET6));
        assertThat(back.sin6_port, is(LibC.htons(8080)));
        assertThat(back.sin6_scope_id, is(3));
    }

    private static final byte[] PATH = "/tmp/echo.sock".getBytes(StandardCharsets.US_ASCII);

    @Test
    void sockaddrUnPathLinux() {
        byte[] linux = padded(110, bytes(1, 0), PATH); // AF_UNIX u16, sun_path[108] @2
        sockaddr_un back = (sockaddr_un) roundTrip(new sockaddr_un("/tmp/echo.sock"), Os.LINUX, linux, 110);
        assertThat(back.path(), is(PATH));
    }

    @Test
    void sockaddrUnPathMacos() {
        byte[] macos = padded(106, bytes(106, 1), PATH); // sun_len, u8 AF_UNIX, sun_path[104] @2
        sockaddr_un back = (sockaddr_un) roundTrip(new sockaddr_un("/tmp/echo.sock"), Os.MACOS, macos, 106);
        assertThat(back.path(), is(PATH));
    }

    @Test
    void sockaddrUnAbstractNameLinux() {
        byte[] name = bytes(0, 'e', 'c', 'h', 'o'); // leading NUL: Linux's abstract namespace
        sockaddr_un a = new sockaddr_un();
        a.setPath(name);
        assertThat("addrlen counts the header and every byte of the name", a.length(), is(2 + 5));
        byte[] linux = padded(110, bytes(1, 0), name);
        // The kernel hands back exactly addrlen bytes: the name is those, NULs and all.
        sockaddr_un back = (sockaddr_un) roundTrip(a, Os.LINUX, linux, a.length());
        assertThat(back.path(), is(name));
        assertThat(back.toString(), is("{sa_family=AF_UNIX, sun_path=@\"echo\"}"));
    }

    @Test
    void decodeRefusesLengthsOutsideTheStruct() {
        ByteBuffer b = ByteBuffer.wrap(encode(loopback50007(), Os.LINUX));
        for (Os os : Os.values()) {
            assertThrows(IllegalArgumentException.class, () -> sockaddr.decode(b, 1, os), "shorter than the family");
            assertThrows(IllegalArgumentException.class, () -> sockaddr.decode(b, 17, os), "past the buffer");
            assertThrows(IllegalArgumentException.class, () -> sockaddr.decode(ByteBuffer.allocate(200), 129, os),
                    "past sockaddr_storage");
        }
        assertThrows(IllegalArgumentException.class, () -> sockaddr.decode(ByteBuffer.wrap(bytes(99, 0, 0, 0)), 4, Os.LINUX),
                "unknown family");
    }

    @Test
    void tooLongUnixPathsAreRefused() {
        String fits = "x".repeat(sockaddr_un.pathMax(Os.HOST)); // no room for the NUL: C allows it
        assertThat(new sockaddr_un(fits).path().length, is(sockaddr_un.pathMax(Os.HOST)));
        assertThrows(IllegalArgumentException.class, () -> new sockaddr_un(fits + "x"));
        // 105 bytes fit Linux's sun_path[108] but not macOS's sun_path[104].
        String linuxOnly = "x".repeat(105);
        assertThrows(IllegalArgumentException.class, () -> encode(new sockaddr_un(linuxOnly), Os.MACOS));
    }
}
