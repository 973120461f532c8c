package dev.jnasocket;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jnasocket.libc.LibC;
import dev.jnasocket.libc.Os;
import dev.jnasocket.libc.sockaddr;
import dev.jnasocket.libc.sockaddr_un;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * macOS's AF_UNIX names, decoded on any OS from the bytes xnu hands back, and what Python makes
 * of them (CPython's {@code makesockaddr}).
 */
class MacosAddressTest {
    /** xnu's {@code sun_noname}: {@code sizeof(struct sockaddr)} = 16, AF_LOCAL, then zeros. */
    static ByteBuffer macosNoName() {
        byte[] b = new byte[16];
        b[0] = 16; // sun_len
        b[1] = 1; // sun_family: AF_UNIX is 1 on macOS too
        return ByteBuffer.wrap(b);
    }

    @Test
    @DisplayName("macOS: an unbound socket's 16-byte zeroed name decodes as '' (no abstract names there)")
    void unboundNameIsEmptyOnMacos() {
        sockaddr_un un = (sockaddr_un) sockaddr.decode(macosNoName(), 16, Os.MACOS);
        assertEquals(0, un.path().length);
        assertEquals("''", builtins.repr(AddressCodec.fromSockaddr(un)));
    }

    @Test
    @DisplayName("Linux: the same 14 zero bytes after the family are an abstract name, as CPython reads them there")
    void leadingNulIsAbstractOnLinux() {
        byte[] b = new byte[16];
        b[0] = 1; // sun_family u16 AF_UNIX
        sockaddr_un un = (sockaddr_un) sockaddr.decode(ByteBuffer.wrap(b), 16, Os.LINUX);
        assertEquals(14, un.path().length);
        assertEquals("b'" + "\\x00".repeat(14) + "'", builtins.repr(AddressCodec.fromSockaddr(un)));
    }

    @Test
    @DisplayName("'' is passed with the family-only length on every OS, as CPython's getsockaddrarg does (path.len + offsetof)")
    void emptyPathLength() throws OSError {
        sockaddr sa = AddressCodec.toSockaddr(Address.unix(""), LibC.AF_UNIX, "bind");
        assertEquals(sockaddr_un.PATH_OFFSET, sa.length());
        ByteBuffer macos = ByteBuffer.allocate(sa.size(Os.MACOS));
        sa.encode(macos, Os.MACOS);
        assertEquals(1, macos.get(1), "macOS family byte");
        for (int i = sockaddr_un.PATH_OFFSET; i < macos.capacity(); i++) {
            assertEquals(0, macos.get(i), "an empty sun_path");
        }
    }
}
