package dev.jnasocket.libc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The control-buffer layouts of both OSes: Linux's 16-byte, 8-aligned headers, macOS's 12-byte, 4-aligned ones. */
class CmsgLayoutTest {
    @Test
    void macrosPerOs() {
        assertEquals(16, cmsghdr.CMSG_LEN(0, Os.LINUX));
        assertEquals(20, cmsghdr.CMSG_LEN(4, Os.LINUX));
        assertEquals(24, cmsghdr.CMSG_SPACE(1, Os.LINUX));
        assertEquals(32, cmsghdr.CMSG_SPACE(9, Os.LINUX));
        // xnu bsd/sys/socket.h: __DARWIN_ALIGN32, sizeof(struct cmsghdr) == 12
        assertEquals(12, cmsghdr.CMSG_LEN(0, Os.MACOS));
        assertEquals(16, cmsghdr.CMSG_LEN(4, Os.MACOS));
        assertEquals(16, cmsghdr.CMSG_SPACE(1, Os.MACOS));
        assertEquals(16, cmsghdr.CMSG_SPACE(4, Os.MACOS));
        assertEquals(20, cmsghdr.CMSG_SPACE(5, Os.MACOS));
    }

    @Test
    void macosLayoutByteForByte() {
        byte[] b = cmsghdr.encode(List.of(new cmsghdr(0xffff, 1, new byte[] {7, 0, 0, 0, 9})), Os.MACOS);
        assertEquals(20, b.length);
        ByteBuffer v = ByteBuffer.wrap(b).order(ByteOrder.nativeOrder());
        assertEquals(17, v.getInt(0)); // cmsg_len = CMSG_LEN(5), a socklen_t
        assertEquals(0xffff, v.getInt(4)); // SOL_SOCKET on macOS
        assertEquals(1, v.getInt(8));
        assertEquals(7, b[12]);
        assertEquals(9, b[16]);
    }

    @Test
    void linuxLayoutByteForByte() {
        byte[] b = cmsghdr.encode(List.of(new cmsghdr(1, 2, new byte[] {5})), Os.LINUX);
        assertEquals(24, b.length);
        ByteBuffer v = ByteBuffer.wrap(b).order(ByteOrder.nativeOrder());
        assertEquals(17L, v.getLong(0)); // cmsg_len is a size_t
        assertEquals(1, v.getInt(8));
        assertEquals(2, v.getInt(12));
        assertEquals(5, b[16]);
    }

    @Test
    void twoItemsRoundTripOnBothOses() {
        for (Os os : Os.values()) {
            List<cmsghdr> items = List.of(new cmsghdr(1, 1, new byte[] {1, 2, 3, 4, 5}), new cmsghdr(1, 2, new byte[] {6}));
            byte[] b = cmsghdr.encode(items, os);
            assertEquals(items, cmsghdr.decode(b, b.length, os), os.name());
        }
    }

    @Test
    void truncatedBufferKeepsWhatFits() {
        for (Os os : Os.values()) {
            byte[] b = cmsghdr.encode(List.of(new cmsghdr(1, 1, new byte[] {1, 2, 3, 4, 5, 6, 7, 8})), os);
            int cut = cmsghdr.header(os) + 3;
            List<cmsghdr> got = cmsghdr.decode(b, cut, os);
            assertEquals(1, got.size());
            assertArrayEquals(new byte[] {1, 2, 3}, got.get(0).cmsg_data());
            assertEquals(List.of(), cmsghdr.decode(b, cmsghdr.header(os) - 1, os));
        }
    }

    @Test
    void msghdrSizes() {
        assertEquals(56, msghdr.size(Os.LINUX));
        assertEquals(48, msghdr.size(Os.MACOS));
    }
}
