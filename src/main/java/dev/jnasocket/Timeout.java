package dev.jnasocket;

/**
 * Every timeout rule of the Python layer, in one place, and the one monotonic deadline.
 *
 * <p>A time is a number of nanoseconds in a {@code long}, as CPython's {@code _PyTime_t}. A
 * Python number becomes one as {@code _PyTime_FromSecondsObject} (or {@code ...Milliseconds...})
 * makes it, rounding away from zero ({@code _PyTime_ROUND_TIMEOUT}): a float through a double
 * product checked against the int64 range ({@code "timestamp out of range for platform time_t"}),
 * an int through an exact product ({@code "timestamp too large to convert to C _PyTime_t"}). So
 * 9.2e9 seconds is a valid timeout and 9.3e9 is not. Each entry point then adds its own rule,
 * with its own message, exactly as CPython's does: {@link #socket} (settimeout,
 * setdefaulttimeout, create_connection), {@link #select} ({@code select.select}), {@link #poll}
 * ({@code poll.poll}, milliseconds), and the three selectors' {@code select(timeout)}.
 *
 * <p>A wait runs to a deadline on {@link System#nanoTime()}, made by {@link #deadline} and
 * turned into {@code poll(2)}/{@code epoll_wait(2)} milliseconds by {@link #pollMillis},
 * rounded up so a wait never ends early, and clamped to {@code INT_MAX} (24.8 days): a longer
 * wait that comes back empty waits again ({@link #waitAgain}).
 */
final class Timeout {
    private Timeout() {}

    /** Python's None where an entry point allows it: wait without limit. */
    static final long NONE = -1;
    /** A deadline that never comes. */
    static final long NEVER = Long.MAX_VALUE;

    private static final long NS_PER_S = 1_000_000_000L;
    private static final long NS_PER_MS = 1_000_000L;
    /** 2**63 as a double: the int64 range is [-2**63, 2**63). */
    private static final double TWO_63 = 0x1p63;
    private static final String TIME_T = "timestamp out of range for platform time_t";
    private static final String PYTIME_T = "timestamp too large to convert to C _PyTime_t";
    private static final String TOO_LARGE = "timeout is too large";

    // ---------------------------------------------------------------- Python numbers to nanoseconds

    /** {@code _PyTime_FromSecondsObject(float)}. */
    static long fromSeconds(double seconds) {
        return fromDouble(seconds, 1e9);
    }

    /** {@code _PyTime_FromSecondsObject(int)}. */
    static long fromSeconds(long seconds) {
        return fromLong(seconds, NS_PER_S);
    }

    /** {@code _PyTime_FromMillisecondsObject(float)}. */
    static long fromMillis(double ms) {
        return fromDouble(ms, 1e6);
    }

    /** {@code _PyTime_FromMillisecondsObject(int)}. */
    static long fromMillis(long ms) {
        return fromLong(ms, NS_PER_MS);
    }

    private static long fromDouble(double value, double unit) {
        if (Double.isNaN(value)) {
            throw new IllegalArgumentException("Invalid value NaN (not a number)");
        }
        double d = value * unit;
        d = d >= 0 ? Math.ceil(d) : Math.floor(d);
        if (!(d >= -TWO_63 && d < TWO_63)) {
            throw new IllegalArgumentException(TIME_T);
        }
        return (long) d;
    }

    private static long fromLong(long value, long unit) {
        try {
            return Math.multiplyExact(value, unit);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(PYTIME_T);
        }
    }

    /**
     * {@code _PyTime_AsSecondsDouble}: what {@code gettimeout()} returns. A whole number of
     * seconds is divided as an integer, so 1e-9 never creeps into it.
     */
    static double asSeconds(long ns) {
        return ns % NS_PER_S == 0 ? (double) (ns / NS_PER_S) : (double) ns / 1e9;
    }

    /** {@code _PyTime_AsMilliseconds(ns, _PyTime_ROUND_UP)}: away from zero. */
    private static long millisAwayFromZero(long ns) {
        long ms = ns / NS_PER_MS;
        return ns % NS_PER_MS == 0 ? ms : ns > 0 ? ms + 1 : ms - 1;
    }

    /** Milliseconds of {@code ns}, 0 or more, rounded up. */
    private static long millisUp(long ns) {
        return ns / NS_PER_MS + (ns % NS_PER_MS == 0 ? 0 : 1);
    }

    // ---------------------------------------------------------------- the entry points' rules

    /**
     * CPython's {@code socket_parse_timeout}, for {@code settimeout}, {@code setdefaulttimeout}
     * and {@code create_connection}.
     *
     * @return nanoseconds, 0 or more, or {@link #NONE} for null
     */
    static long socket(Double seconds) {
        return seconds == null ? NONE : notNegative(fromSeconds(seconds.doubleValue()));
    }

    /** {@link #socket(Double)} for a Python int. */
    static long socket(long seconds) {
        return notNegative(fromSeconds(seconds));
    }

    private static long notNegative(long ns) {
        if (ns < 0) {
            throw new IllegalArgumentException("Timeout value out of range");
        }
        return ns;
    }

    /**
     * {@code select.select}'s timeout: seconds; a negative one (however small) is refused.
     *
     * @return nanoseconds, or {@link #NONE} for null
     */
    static long select(Double seconds) {
        return seconds == null ? NONE : selectNs(fromSeconds(seconds.doubleValue()));
    }

    /** {@link #select(Double)} for a Python int. */
    static long select(long seconds) {
        return selectNs(fromSeconds(seconds));
    }

    private static long selectNs(long ns) {
        if (ns < 0) {
            throw new IllegalArgumentException("timeout must be non-negative");
        }
        return ns;
    }

    /**
     * {@code poll.poll}'s timeout in milliseconds, a float ({@link #fromMillis(double)}) or an int
     * ({@link #fromMillis(long)}) made nanoseconds: it must fit a C int of milliseconds (rounded
     * away from zero); a negative one waits without limit.
     *
     * @param ns the timeout as nanoseconds
     * @return ns, or {@link #NONE} when it is negative
     */
    static long poll(long ns) {
        long ms = millisAwayFromZero(ns);
        if (ms < Integer.MIN_VALUE || ms > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(TOO_LARGE);
        }
        return ns < 0 ? NONE : ns;
    }

    /**
     * {@code selectors.EpollSelector.select(timeout)}: 0 or less polls; more is rounded up to a
     * millisecond in Python ({@code math.ceil(timeout * 1e3) * 1e-3}), then {@code epoll.poll}'s
     * rule applies (it must fit a C int of milliseconds).
     *
     * @return nanoseconds, or {@link #NONE} for null
     */
    static long epollSelector(Double seconds) {
        if (seconds == null) {
            return NONE;
        }
        double t = seconds;
        if (t <= 0) {
            return 0;
        }
        long ns = fromSeconds(mathCeil(t * 1e3) * 1e-3);
        if (millisUp(ns) > Integer.MAX_VALUE) { // _PyTime_ROUND_CEILING, ns > 0
            throw new IllegalArgumentException(TOO_LARGE);
        }
        return ns;
    }

    /**
     * {@code selectors.PollSelector.select(timeout)}: 0 or less polls; more becomes a Python int
     * of milliseconds ({@code math.ceil(timeout * 1e3)}), then {@code poll.poll}'s rule applies.
     *
     * @return nanoseconds, or {@link #NONE} for null
     */
    static long pollSelector(Double seconds) {
        if (seconds == null) {
            return NONE;
        }
        double t = seconds;
        if (t <= 0) {
            return 0;
        }
        double ms = mathCeil(t * 1e3);
        if (ms >= TWO_63) { // past a C long long, as PyLong_AsLongLong says
            throw new IllegalArgumentException(PYTIME_T);
        }
        return poll(fromMillis((long) ms));
    }

    /**
     * {@code selectors.KqueueSelector.select(timeout)}: {@code max(timeout, 0)}, then
     * {@code kqueue.control}'s rule, which reports every conversion error as a TypeError.
     *
     * @return nanoseconds, or {@link #NONE} for null
     */
    static long kqueueSelector(Double seconds) {
        if (seconds == null) {
            return NONE;
        }
        double t = seconds;
        try {
            return fromSeconds(0 > t ? 0 : t); // Python's max(t, 0) keeps a NaN
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("timeout argument must be a number or None, got float");
        }
    }

    /** Python's {@code math.ceil(x)} of a float, which refuses what no int can hold. */
    private static double mathCeil(double x) {
        if (Double.isNaN(x)) {
            throw new IllegalArgumentException("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(x)) {
            throw new IllegalArgumentException("cannot convert float infinity to integer");
        }
        return Math.ceil(x);
    }

    // ---------------------------------------------------------------- the deadline

    /**
     * {@code _PyDeadline_Init}: the monotonic instant {@code ns} from now, rounded up to a whole
     * millisecond, the resolution of the waits. CPython's first wait is the whole timeout in
     * milliseconds rounded up ({@code poll(fd, 1, 1)} for one nanosecond), however long the call
     * took to get there; with the rounding, so is this one.
     *
     * @param ns nanoseconds, 0 or more, or {@link #NONE}
     * @return the deadline, saturated at {@link #NEVER} (which {@link #NONE} also gives)
     */
    static long deadline(long ns) {
        if (ns < 0 || ns > NEVER - NS_PER_MS) {
            return NEVER;
        }
        long now = System.nanoTime();
        long d = now + millisUp(ns) * NS_PER_MS;
        return d < now ? NEVER : d;
    }

    /** {@return the nanoseconds left until a deadline (not {@link #NEVER}): 0 or less once it has passed} */
    static long nanosLeft(long deadline) {
        return deadline - System.nanoTime();
    }

    /** {@return whether a deadline has passed; {@link #NEVER} never does} */
    static boolean expired(long deadline) {
        return deadline != NEVER && nanosLeft(deadline) <= 0;
    }

    /**
     * The {@code poll(2)} timeout for what is left until a deadline: milliseconds rounded up
     * (a wait never ends before the deadline), clamped to {@code INT_MAX}.
     *
     * @return -1 for {@link #NEVER}, 0 once the deadline has passed, else 1 to {@code INT_MAX}
     */
    static int pollMillis(long deadline) {
        if (deadline == NEVER) {
            return -1;
        }
        long left = nanosLeft(deadline);
        return left <= 0 ? 0 : (int) Math.min(Integer.MAX_VALUE, millisUp(left));
    }

    /**
     * The {@code poll(2)} timeout of the first wait towards a deadline that {@link #deadline}
     * has just made from {@code ns}: what {@link #pollMillis} would give then, without reading the
     * clock a second time (a selector's loop waits once per batch of events, and on a VM a clock
     * read costs about what the rest of the wait's bookkeeping does). Later waits towards the same
     * deadline take {@link #pollMillis}.
     *
     * @param ns       the timeout the deadline was made from
     * @param deadline what {@link #deadline} returned for it
     * @return -1 for {@link #NEVER}, else {@code ns} in milliseconds rounded up, clamped to {@code INT_MAX}
     */
    static int firstPollMillis(long ns, long deadline) {
        return deadline == NEVER ? -1 : (int) Math.min(Integer.MAX_VALUE, millisUp(ns));
    }

    /**
     * Whether a wait of {@code ms} (from {@link #pollMillis}) that came back with nothing must
     * wait again: its milliseconds were clamped and the deadline is still ahead.
     */
    static boolean waitAgain(long deadline, int ms) {
        return ms == Integer.MAX_VALUE && pollMillis(deadline) > 0;
    }
}
