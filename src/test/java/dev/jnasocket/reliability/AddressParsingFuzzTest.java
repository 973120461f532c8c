package dev.jnasocket.reliability;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.jnasocket.AddrInfo;
import dev.jnasocket.Address;
import dev.jnasocket.OSError;
import dev.jnasocket.SocketObject;
import dev.jnasocket.socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Fuzzed address text through every parser that takes it: {@code inet_pton}, {@code inet_aton},
 * {@code getaddrinfo(AI_NUMERICHOST)} and {@code SocketObject.bind} (AddressCodec). Only
 * IllegalArgumentException (Python's ValueError/TypeError) and OSError may come out, and the
 * parsers must agree: what inet_pton accepts, inet_ntop prints back to the same bytes, and
 * inet_aton and getaddrinfo accept with the same bytes.
 *
 * <p>bind is only given text that cannot reach DNS (an address inet_pton accepts, text with a
 * NUL, or ""): any other text is a host name, which AddressCodec, like CPython, resolves,
 * and the suite uses no network beyond loopback.
 */
class AddressParsingFuzzTest {
    private static final byte[] ALPHABET = "0123456789abcdefABCDEFx.:%[] -+\0\u00ff".getBytes(StandardCharsets.ISO_8859_1);

    @FuzzTest(maxDuration = "2m")
    void addressText(byte[] input) {
        parse(input);
    }

    @Test
    void seededRandomAddressText() {
        assertThat(RandomInputs.feed(6, 3000, 4000, 48, ALPHABET, AddressParsingFuzzTest::parse), greaterThan(500));
    }

    /** The fuzz target: the port comes from the first byte, the text from the rest. */
    static void parse(byte[] input) {
        int port = input.length > 0 ? input[0] * 1031 : 0; // -131968..130937: both sides of 0-65535
        String text = new String(input, Math.min(1, input.length), Math.max(0, input.length - 1), StandardCharsets.UTF_8);
        byte[] v4 = allowed(() -> socket.inet_pton(socket.AF_INET, text));
        byte[] v6 = allowed(() -> socket.inet_pton(socket.AF_INET6, text));
        byte[] aton = allowed(() -> socket.inet_aton(text));
        List<AddrInfo> numeric = allowed(() -> socket.getaddrinfo(text, null, socket.AF_UNSPEC, socket.SOCK_STREAM, 0,
                socket.AI_NUMERICHOST));
        if (v4 != null) {
            assertThat(must(() -> socket.inet_pton(socket.AF_INET, socket.inet_ntop(socket.AF_INET, v4))), is(v4));
            assertThat("inet_aton accepts what inet_pton accepts", aton, is(v4));
            assertThat(numeric, hasSize(1));
            assertThat(numeric.get(0).sockaddr().host(), is(socket.inet_ntop(socket.AF_INET, v4)));
        }
        if (v6 != null) {
            assertThat(must(() -> socket.inet_pton(socket.AF_INET6, socket.inet_ntop(socket.AF_INET6, v6))), is(v6));
            assertThat(numeric, is(notNullValue()));
        }
        boolean noDns = text.isEmpty() || text.indexOf('\0') >= 0;
        if (noDns || v4 != null) {
            bind(socket.AF_INET, Address.of(text, port));
        }
        if (noDns || v6 != null) {
            int flowinfo = input.length > 1 ? input[1] << 13 : 0; // negative, in range and above 0xfffff
            bind(socket.AF_INET6, Address.of6(text, port, flowinfo, 0));
        }
    }

    private static void bind(int family, Address a) {
        allowed(() -> {
            try (SocketObject s = socket.socket(family, socket.SOCK_STREAM)) {
                s.bind(a);
            }
            return null;
        });
    }

    /** A call that may only succeed or raise Python's errors. */
    interface Call<T> {
        T call() throws Exception;
    }

    /** @return the call's result, or null if it raised IllegalArgumentException or OSError */
    static <T> T allowed(Call<T> c) {
        try {
            return c.call();
        } catch (IllegalArgumentException | OSError expected) {
            return null;
        } catch (Exception e) {
            throw new AssertionError("unexpected " + e, e);
        }
    }

    /** @return the call's result; any exception fails the test */
    static <T> T must(Call<T> c) {
        try {
            return c.call();
        } catch (Exception e) {
            throw new AssertionError("unexpected " + e, e);
        }
    }

    @Test
    void theTargetSeesAcceptedAndRefusedText() {
        // The property is only worth something if both branches run: check two known inputs.
        byte[] good = ("\u0000" + "127.0.0.1").getBytes(StandardCharsets.ISO_8859_1);
        parse(good);
        assertThat(allowed(() -> socket.inet_pton(socket.AF_INET, "127.0.0.1")), is(new byte[] {127, 0, 0, 1}));
        assertThat(allowed(() -> socket.inet_pton(socket.AF_INET6, "::g")), is(nullValue()));
        assertThat(Arrays.toString(allowed(() -> socket.inet_aton("1.2.3.4.5"))), is("null"));
    }
}
