package dev.jnasocket.reliability;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

import dev.jnasocket.Accepted;
import dev.jnasocket.SocketObject;
import dev.jnasocket.libc.LibC;
import dev.jnasocket.socket;
import java.nio.ByteBuffer;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * MSG_TRUNC makes the kernel return more than it wrote (a datagram's full length; on Linux TCP,
 * the count of bytes it discarded without writing any). Nothing past what was received may
 * reach the caller's memory: neither bytes past {@code len} nor what an earlier call of the
 * same thread left in the bindings' scratch memory.
 */
class TruncatedReceiveTest {
    private static final byte SENTINEL = 0x11;

    private static SocketObject datagrams(int count, int size) throws Exception {
        SocketObject r = socket.socket(socket.AF_INET, socket.SOCK_DGRAM);
        r.bind("127.0.0.1", 0);
        try (SocketObject w = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)) {
            byte[] d = new byte[size];
            for (int i = 0; i < size; i++) {
                d[i] = (byte) ('0' + i % 10);
            }
            for (int i = 0; i < count; i++) {
                w.sendto(d, r.getsockname());
            }
        }
        r.settimeout(5.0);
        return r;
    }

    private static byte[] sentinels(int n) {
        byte[] b = new byte[n];
        Arrays.fill(b, SENTINEL);
        return b;
    }

    @Test
    void rawRecvAndRecvfromStoreAtMostLenAndReturnTheDatagramsLength() throws Exception {
        try (SocketObject r = datagrams(2, 10)) {
            byte[] buf = sentinels(16);
            assertThat(LibC.recv(r.fileno(), buf, 2, 4, LibC.MSG_TRUNC), is(10L));
            assertThat(buf, is(new byte[] {SENTINEL, SENTINEL, '0', '1', '2', '3', SENTINEL, SENTINEL, SENTINEL, SENTINEL,
                    SENTINEL, SENTINEL, SENTINEL, SENTINEL, SENTINEL, SENTINEL}));
            byte[] small = sentinels(4);
            assertThat(LibC.recvfrom(r.fileno(), small, 0, 4, LibC.MSG_TRUNC, null, null), is(10L));
            assertThat(small, is(new byte[] {'0', '1', '2', '3'}));
        }
    }

    @Test
    void pythonLayerRecvReturnsOnlyRealBytesAndRecvIntoTheKernelsCount() throws Exception {
        try (SocketObject r = datagrams(4, 10)) {
            assertThat(r.recv(4, socket.MSG_TRUNC), is(new byte[] {'0', '1', '2', '3'}));
            assertThat(r.recvfrom(4, socket.MSG_TRUNC).data(), is(new byte[] {'0', '1', '2', '3'}));
            byte[] into = sentinels(8);
            assertThat(r.recv_into(into, 3, socket.MSG_TRUNC), is(10));
            assertThat(into, is(new byte[] {'0', '1', '2', SENTINEL, SENTINEL, SENTINEL, SENTINEL, SENTINEL}));
            ByteBuffer bb = ByteBuffer.allocateDirect(8);
            bb.limit(5);
            assertThat(r.recv_into(bb, 0, socket.MSG_TRUNC), is(10));
            assertThat(bb.position(), is(5)); // moved past the bytes stored, not past the datagram's length
        }
    }

    /** Linux TCP with MSG_TRUNC discards the bytes and writes none into the buffer. */
    @Test
    @EnabledOnOs(OS.LINUX)
    void aTcpTruncatingRecvShowsNoBytesAnEarlierCallLeftInScratchMemory() throws Exception {
        try (SocketObject server = socket.create_server("127.0.0.1", 0);
                SocketObject c = socket.create_connection("127.0.0.1", server.getsockname().port(), 5.0)) {
            Accepted a = server.accept();
            try (SocketObject conn = a.conn()) {
                conn.settimeout(5.0);
                byte[] secret = new byte[4096];
                Arrays.fill(secret, (byte) 'S');
                c.sendall(secret);
                assertThat(Workloads.recvExactly(conn, secret.length), is(secret)); // this thread's scratch now holds S's
                c.sendall(new byte[100]);
                Thread.sleep(50);
                byte[] buf = sentinels(100);
                long n = LibC.recv(conn.fileno(), buf, 0, 100, LibC.MSG_TRUNC);
                assertThat(n, is(100L));
                assertThat("the caller's bytes, untouched", buf, is(sentinels(100)));
                c.sendall(new byte[100]);
                Thread.sleep(50);
                byte[] got = conn.recv(100, socket.MSG_TRUNC);
                for (byte x : got) {
                    assertThat("no byte another call left behind", x, not(is((byte) 'S')));
                }
            }
        }
    }
}
