package dev.jnasocket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What the parity scenarios cannot show: the deadline's arithmetic at its limits, and the rule of
 * {@code selectors.KqueueSelector}, whose CPython twin does not exist on Linux (it is checked
 * here against CPython 3.11's {@code selectors.py} and {@code select_kqueue_control_impl}).
 */
class TimeoutTest {
    private static String message(Runnable r) {
        return assertThrows(IllegalArgumentException.class, r::run).getMessage();
    }

    @Test
    @DisplayName("a deadline 9.2e9 s away does not overflow: it waits (clamped to INT_MAX ms), and waits again")
    void longDeadline() {
        long d = Timeout.deadline(Timeout.select(9.2e9));
        assertTrue(d - System.nanoTime() > 9_000_000_000_000_000_000L, "the deadline is ahead");
        assertEquals(Integer.MAX_VALUE, Timeout.pollMillis(d));
        assertTrue(Timeout.waitAgain(d, Integer.MAX_VALUE));
        assertEquals(Timeout.NEVER, Timeout.deadline(Long.MAX_VALUE), "saturates");
        assertEquals(Timeout.NEVER, Timeout.deadline(Timeout.NONE));
        assertEquals(-1, Timeout.pollMillis(Timeout.NEVER));
        assertFalse(Timeout.waitAgain(Timeout.NEVER, -1));
    }

    @Test
    @DisplayName("the first wait is the whole timeout in milliseconds rounded up, as CPython's internal_select")
    void firstWaitRoundsUp() {
        assertEquals(1, Timeout.pollMillis(Timeout.deadline(1)), "1 ns waits 1 ms");
        assertEquals(2, Timeout.pollMillis(Timeout.deadline(1_000_001)), "1.000001 ms waits 2 ms");
        assertEquals(0, Timeout.pollMillis(Timeout.deadline(0)), "0 only polls");
        assertEquals(0, Timeout.pollMillis(System.nanoTime() - 1), "a past deadline is 0");
        assertFalse(Timeout.waitAgain(Timeout.deadline(5_000_000), 5), "an unclamped wait that timed out is over");
    }

    @Test
    @DisplayName("firstPollMillis gives what pollMillis gives just after the deadline is made, without the second clock read")
    void firstPollMillisIsPollMillisAtTheStart() {
        long[] timeouts = {0, 1, 999_999, 1_000_000, 1_000_001, 5_000_000_000L, Timeout.select(9.2e9),
            Timeout.NONE, Long.MAX_VALUE};
        for (long ns : timeouts) {
            long d = Timeout.deadline(ns);
            assertEquals(Timeout.pollMillis(d), Timeout.firstPollMillis(ns, d), "timeout " + ns + " ns");
        }
    }

    @Test
    @DisplayName("gettimeout() is _PyTime_AsSecondsDouble: whole seconds divide as integers")
    void asSeconds() {
        assertEquals(9.2e9, Timeout.asSeconds(9_200_000_000_000_000_000L));
        assertEquals(1e-9, Timeout.asSeconds(1));
        assertEquals(1.22e-7, Timeout.asSeconds(122));
        assertEquals(3.0, Timeout.asSeconds(3_000_000_000L));
    }

    @Test
    @DisplayName("KqueueSelector.select: max(timeout, 0), then kqueue.control, whose conversion errors are TypeErrors")
    void kqueueSelector() {
        assertEquals(Timeout.NONE, Timeout.kqueueSelector(null));
        assertEquals(0, Timeout.kqueueSelector(-1.0));
        assertEquals(0, Timeout.kqueueSelector(Double.NEGATIVE_INFINITY));
        assertEquals(1, Timeout.kqueueSelector(1e-10));
        // No millisecond limit: a timespec holds 9.2e9 s, so this waits (KqueueSelector, unlike epoll).
        assertEquals(9_200_000_000_000_000_000L, Timeout.kqueueSelector(9.2e9));
        String typeError = "timeout argument must be a number or None, got float";
        assertEquals(typeError, message(() -> Timeout.kqueueSelector(Double.NaN)));
        assertEquals(typeError, message(() -> Timeout.kqueueSelector(Double.POSITIVE_INFINITY)));
        assertEquals(typeError, message(() -> Timeout.kqueueSelector(9.3e9)));
    }
}
