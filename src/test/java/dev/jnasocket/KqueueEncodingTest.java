package dev.jnasocket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jnasocket.libc.Os;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

/**
 * select.kevent on Linux: what kqueue.control hands macOS's kernel, byte for byte (xnu
 * bsd/sys/event.h: ident @0, filter i16 @8, flags u16 @10, fflags u32 @12, data @16, udata @24),
 * CPython's repr, and select.kqueue refusing on an OS without kqueue.
 */
class KqueueEncodingTest {
    @Test
    void keventEncodesAsXnuLaysItOut() {
        select.kevent k = select.kevent(7, select.KQ_FILTER_WRITE, select.KQ_EV_ADD | select.KQ_EV_CLEAR, 3, 0x1234, 99);
        ByteBuffer b = ByteBuffer.allocate(32).order(ByteOrder.nativeOrder());
        k.struct().encode(b, 0);
        assertEquals(7L, b.getLong(0));
        assertEquals((short) -2, b.getShort(8));
        assertEquals((short) 0x21, b.getShort(10));
        assertEquals(3, b.getInt(12));
        assertEquals(0x1234L, b.getLong(16));
        assertEquals(99L, b.getLong(24));
        assertEquals(k, select.kevent.of(dev.jnasocket.libc.kevent.decode(b, 0)));
    }

    @Test
    void keventPrintsAsCpython() {
        assertEquals("<select.kevent ident=5 filter=-1 flags=0x1 fflags=0x0 data=0x0 udata=0x0>", select.kevent(5).toString());
        assertEquals("<select.kevent ident=5 filter=-2 flags=0x8002 fflags=0x0 data=0x10 udata=0x0>",
                select.kevent.of(select.kevent(5, select.KQ_FILTER_WRITE, select.KQ_EV_DELETE | select.KQ_EV_EOF, 0, 16, 0).struct()).toString());
    }

    @Test
    void keventTakesFileObjects() throws Exception {
        SocketObject[] p = socket.socketpair();
        try (SocketObject a = p[0]; SocketObject b = p[1]) {
            assertEquals(a.fileno(), select.kevent(a).ident);
            assertThrows(IllegalArgumentException.class, () -> select.kevent("abc"));
        }
    }

    @Test
    void kqueueIsMacosOnly() {
        if (Os.HOST == Os.LINUX) {
            assertThrows(OSError.class, select::kqueue);
        }
    }
}
