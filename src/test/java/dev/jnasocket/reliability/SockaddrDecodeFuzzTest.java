package dev.jnasocket.reliability;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.jnasocket.libc.Os;
import dev.jnasocket.libc.sockaddr;
import dev.jnasocket.libc.sockaddr_un;
import java.nio.ByteBuffer;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * {@code sockaddr.decode} on fuzzed bytes, lengths and layouts (the bytes a kernel, or a
 * corrupted buffer, could hand it). It may only refuse with IllegalArgumentException; what it
 * decodes must be one of the three families, must survive encode/decode unchanged, and must not
 * depend on the bytes past {@code len} (its contract: "zeros past them").
 */
class SockaddrDecodeFuzzTest {
    private static final byte[] ALPHABET = {0, 1, 2, 10, 16, 28, 30, 106, 127, (byte) 0x80, (byte) 0xff, '/', 'a'};

    @FuzzTest(maxDuration = "2m")
    void sockaddrBytes(byte[] input) {
        decode(input);
    }

    @Test
    void seededRandomSockaddrBytes() {
        assertThat(RandomInputs.feed(7, 20_000, 4000, 140, ALPHABET, SockaddrDecodeFuzzTest::decode), greaterThan(2000));
    }

    /** The fuzz target: byte 0 picks the layout, byte 1 the length (-256..254), the rest is the buffer. */
    static void decode(byte[] input) {
        Os os = input.length > 0 && (input[0] & 1) != 0 ? Os.MACOS : Os.LINUX;
        int len = input.length > 1 ? input[1] * 2 : 0;
        byte[] body = input.length > 2 ? Arrays.copyOfRange(input, 2, input.length) : new byte[0];
        sockaddr a = decodeOrNull(body, len, os);
        if (a == null) {
            return;
        }
        assertThat("a family of that layout", sockaddr.forFamily(a.family(), os), is(notNullValue()));
        String seen = a.toString();
        // Bytes past len are not the address: changing them changes nothing.
        byte[] other = Arrays.copyOf(body, Math.max(body.length, sockaddr.STORAGE_SIZE));
        Arrays.fill(other, len, other.length, (byte) 0x5a);
        sockaddr b = decodeOrNull(other, len, os);
        assertThat("decode read past len", b == null ? null : b.toString(), is(seen));
        // encode then decode gives the same address back.
        ByteBuffer round = ByteBuffer.allocate(a.size(os));
        a.encode(round, os);
        int roundLen = a instanceof sockaddr_un un ? sockaddr_un.PATH_OFFSET + un.path().length : a.size(os);
        assertThat(sockaddr.decode(round, Math.max(2, roundLen), os).toString(), is(seen));
    }

    private static sockaddr decodeOrNull(byte[] body, int len, Os os) {
        try {
            return sockaddr.decode(ByteBuffer.wrap(body), len, os);
        } catch (IllegalArgumentException refused) {
            return null;
        }
    }

    @Test
    void aShortInet6BufferIsRefusedNotReadOutOfBounds() {
        // Found by the random inputs: an AF_INET6 family with a length that fits the buffer
        // but not the struct. decode must refuse it (or zero-fill), not throw IndexOutOfBounds.
        byte[] body = {10, 0, 0, 80, 0, 0, 0, 0, 0, 0};
        assertThat(decodeOrNullOrThrown(body, body.length), not(instanceOf(IndexOutOfBoundsException.class)));
    }

    private static Object decodeOrNullOrThrown(byte[] body, int len) {
        try {
            return sockaddr.decode(ByteBuffer.wrap(body), len, Os.LINUX);
        } catch (RuntimeException e) {
            return e;
        }
    }
}
