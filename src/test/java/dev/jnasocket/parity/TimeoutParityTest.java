package dev.jnasocket.parity;

import dev.jnasocket.Address;
import dev.jnasocket.OSError;
import dev.jnasocket.SocketObject;
import dev.jnasocket.builtins;
import dev.jnasocket.select;
import dev.jnasocket.selectors;
import dev.jnasocket.socket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Timeouts of CPython's {@code test_socket}, {@code test_timeout}, {@code test_select},
 * {@code test_poll} and {@code test_selectors}: every edge of every entry point, both ways. A
 * value is a {@code Double} (a Python float), a {@code Long} (a Python int) or null (None), and
 * goes to the overload a port would call with it.
 */
class TimeoutParityTest extends ParityTest {
    @Override
    protected String python() {
        return "test_timeout.py";
    }

    private static final double NAN = Double.NaN;
    private static final double INF = Double.POSITIVE_INFINITY;
    private static final double LAST = 9223372036.854774;
    private static final double FIRST_OUT = 9223372036.854776;

    private static final List<Object> SECONDS = Arrays.asList(null, 0.0, -0.0, 1.5, 7.345, 1e-10, 5e-10, 1e-09,
            1.5e-09, 1.21e-07, 0.1, -1.0, -0.5, -1e-300, NAN, INF, -INF, 9.2e9, LAST, FIRST_OUT, 9.3e9, 1e10, 1e13,
            1e300);
    private static final List<Object> INTS = List.of(0L, 1L, 3L, 10L, -1L, -2147483649L, 2147483648L, 9223372036L,
            9223372037L, Long.MAX_VALUE, Long.MIN_VALUE);
    private static final List<Object> SELECT_VALUES = concat(SECONDS, Arrays.asList(2147483.648, 3e6));

    // ---------------------------------------------------------------- printing as Python does (builtins.repr)

    interface Call {
        Object run() throws Exception;
    }

    /** Python's {@code _show}: the label and the result's repr, or the exception. */
    static void show(String label, Call fn) {
        Object r;
        try {
            r = fn.run();
        } catch (Exception e) {
            System.out.println(label + " !! " + ParityTest.kind(e) + " " + e.getMessage());
            return;
        }
        System.out.println(label + " " + repr(r));
    }

    static String repr(Object v) {
        return builtins.repr(v);
    }

    static String label(Object v) {
        return builtins.repr(v);
    }

    private static List<Object> concat(List<Object> a, List<Object> b) {
        List<Object> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    // ---------------------------------------------------------------- each value to its overload

    static void settimeout(SocketObject s, Object v) throws OSError {
        if (v == null) {
            s.settimeout((Double) null);
        } else if (v instanceof Long l) {
            s.settimeout(l.longValue());
        } else {
            s.settimeout(((Double) v).doubleValue());
        }
    }

    static void setdefaulttimeout(Object v) {
        if (v instanceof Long l) {
            socket.setdefaulttimeout(l.longValue());
        } else {
            socket.setdefaulttimeout((Double) v);
        }
    }

    static Object gettimeoutAfter(Object v) throws OSError {
        try (SocketObject s = socket.socket()) {
            settimeout(s, v);
            return s.gettimeout();
        }
    }

    static select.Selected select(List<?> r, List<?> w, Object v) throws OSError {
        return v instanceof Long l ? select.select(r, w, List.of(), l.longValue())
                : select.select(r, w, List.of(), (Double) v);
    }

    static List<Object> poll(select.Poll p, Object v) throws OSError {
        List<select.Event> events;
        if (v == null) {
            events = p.poll((Integer) null);
        } else if (v instanceof Long l) {
            events = p.poll(l.longValue());
        } else {
            events = p.poll(((Double) v).doubleValue());
        }
        List<Object> out = new ArrayList<>();
        for (select.Event e : events) {
            out.add(e.event());
        }
        return out;
    }

    static List<Object> masks(List<selectors.Ready> ready) {
        List<Object> out = new ArrayList<>();
        for (selectors.Ready r : ready) {
            out.add(r.mask());
        }
        return out;
    }

    static SocketObject[] pairWithData() throws OSError {
        SocketObject[] p = socket.socketpair();
        p[1].send(builtins.b("x"));
        return p;
    }

    static SocketObject listener(int backlog) throws OSError {
        SocketObject serv = socket.socket();
        serv.bind("127.0.0.1", 0);
        serv.listen(backlog);
        return serv;
    }

    // ---------------------------------------------------------------- the scenarios

    @Scenario
    static void CreationTestCase_testObjectCreation() throws OSError {
        try (SocketObject s = socket.socket()) {
            System.out.println(repr(s.gettimeout()));
        }
    }

    @Scenario
    static void CreationTestCase_testFloatReturnValue() throws OSError {
        try (SocketObject s = socket.socket()) {
            s.settimeout(7.345);
            System.out.println(repr(s.gettimeout()));
            s.settimeout(3);
            System.out.println(repr(s.gettimeout()));
            s.settimeout(null);
            System.out.println(repr(s.gettimeout()));
        }
    }

    @Scenario
    static void CreationTestCase_testRangeCheck() {
        for (Object v : concat(SECONDS, INTS)) {
            show(label(v), () -> gettimeoutAfter(v));
        }
    }

    @Scenario
    static void CreationTestCase_testTimeoutThenBlocking() throws OSError {
        try (SocketObject s = socket.socket()) {
            s.settimeout(10);
            s.setblocking(true);
            System.out.println(repr(s.gettimeout()) + " " + repr(s.getblocking()));
            s.setblocking(false);
            System.out.println(repr(s.gettimeout()) + " " + repr(s.getblocking()));
            s.settimeout(10);
            s.setblocking(false);
            System.out.println(repr(s.gettimeout()) + " " + repr(s.getblocking()));
            s.setblocking(true);
            System.out.println(repr(s.gettimeout()) + " " + repr(s.getblocking()));
        }
    }

    @Scenario
    static void CreationTestCase_testBlockingThenTimeout() throws OSError {
        try (SocketObject s = socket.socket()) {
            s.setblocking(false);
            s.settimeout(1);
            System.out.println(repr(s.gettimeout()) + " " + repr(s.getblocking()));
            s.setblocking(true);
            s.settimeout(1);
            System.out.println(repr(s.gettimeout()) + " " + repr(s.getblocking()));
            show("nan", () -> {
                s.settimeout(NAN);
                return null;
            });
            System.out.println(repr(s.gettimeout()));
        }
    }

    @Scenario
    static void GeneralModuleTests_testDefaultTimeout() throws OSError {
        System.out.println(repr(socket.getdefaulttimeout()));
        try {
            for (Object v : concat(SECONDS, INTS)) {
                show(label(v), () -> {
                    setdefaulttimeout(v);
                    try (SocketObject s = socket.socket(); SocketObject d = s.dup()) {
                        return new Object[] {socket.getdefaulttimeout(), s.gettimeout(), d.gettimeout()};
                    }
                });
            }
            socket.setdefaulttimeout(10);
            try (SocketObject s = socket.socket()) {
                System.out.println(repr(socket.getdefaulttimeout()) + " " + repr(s.gettimeout()));
            }
            socket.setdefaulttimeout(null);
            try (SocketObject s = socket.socket()) {
                System.out.println(repr(socket.getdefaulttimeout()) + " " + repr(s.gettimeout()));
            }
        } finally {
            socket.setdefaulttimeout(null);
        }
    }

    @Scenario
    static void TCPTimeoutTest_testTimeoutZero() throws OSError {
        try (SocketObject serv = listener(128)) {
            serv.settimeout(0.0);
            show("accept", serv::accept);
        }
    }

    @Scenario
    static void TCPTimeoutTest_testTCPTimeout() throws OSError {
        try (SocketObject serv = listener(128)) {
            serv.settimeout(0.05);
            long t = System.nanoTime();
            show("accept", serv::accept);
            System.out.println("waited at least the timeout: " + repr(System.nanoTime() - t >= 50_000_000L));
        }
    }

    @Scenario
    static void NetworkConnectionAttributesTest_testTimeoutValueNamed() throws OSError {
        try (SocketObject serv = listener(50)) {
            Address addr = serv.getsockname();
            for (Object v : Arrays.asList(null, 30.0, 1e-10, 9.2e9, -1.0, -1e-300, NAN, INF, FIRST_OUT, 1e13)) {
                show(label(v), () -> {
                    try (SocketObject c = socket.create_connection(addr, (Double) v)) {
                        serv.accept().conn().close();
                        return c.gettimeout();
                    }
                });
            }
        }
    }

    @Scenario
    static void SelectTestCase_test_select() throws OSError {
        SocketObject[] p = pairWithData();
        try (SocketObject a = p[0]; SocketObject b = p[1]) {
            for (Object v : concat(SELECT_VALUES, INTS)) {
                show(label(v), () -> {
                    select.Selected r = select(List.of(a), List.of(b), v);
                    return List.of(r.r().size(), r.w().size(), r.x().size());
                });
            }
        }
    }

    @Scenario
    static void SelectTestCase_test_select_empty_timeout() throws OSError {
        SocketObject[] p = socket.socketpair();
        try (SocketObject a = p[0]; SocketObject b = p[1]) {
            for (Object v : List.of(0L, 0.0, 1e-10, 0.05)) {
                long t = System.nanoTime();
                select.Selected r = select(List.of(a), List.of(), v);
                double waited = (System.nanoTime() - t) / 1e9;
                double want = v instanceof Double d ? d : 0;
                System.out.println(label(v) + " (" + repr(r.r()) + ", " + repr(r.w()) + ", " + repr(r.x()) + ") "
                        + repr(waited >= want));
            }
        }
    }

    @Scenario
    static void SelectTestCase_test_select_long_timeout() throws Exception {
        for (double v : new double[] {9.2e9, LAST}) {
            SocketObject[] p = socket.socketpair();
            try (SocketObject a = p[0]; SocketObject b = p[1]) {
                Thread timer = new Thread(() -> {
                    try {
                        Thread.sleep(100);
                        b.send(builtins.b("x"));
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                });
                timer.start();
                long t = System.nanoTime();
                select.Selected r = select.select(List.of(a), List.of(), List.of(), v);
                System.out.println(repr(v) + " " + r.r().size() + " " + repr(System.nanoTime() - t >= 90_000_000L));
                timer.join();
            }
        }
    }

    @Scenario
    static void PollTests_test_poll_timeout() throws OSError {
        SocketObject[] pair = pairWithData();
        try (SocketObject a = pair[0]; SocketObject b = pair[1]) {
            select.Poll p = select.poll();
            p.register(a, select.POLLIN);
            for (Object v : concat(SELECT_VALUES, Arrays.asList(0.4, -0.4, 2147483647.0, 2147483647.4, -2147483648.4))) {
                show(label(v), () -> poll(p, v));
            }
            for (Object v : concat(INTS, List.of(2147483647L, -2147483648L))) {
                show(label(v), () -> poll(p, v));
            }
        }
    }

    @Scenario
    static void PollTests_test_poll_c_limits() {
        select.Poll p = select.poll();
        p.register(1);
        for (long v : new long[] {2147483647L + 1, 4294967295L + 1}) {
            show(Long.toString(v), () -> p.poll(v));
        }
    }

    @Scenario
    static void PollTests_test_poll_blocks_with_negative_ms() throws Exception {
        for (Object timeoutMs : Arrays.asList(null, -1000L, -1L, -1.0, -0.1, -1e-100)) {
            SocketObject[] pair = socket.socketpair();
            try (SocketObject a = pair[0]; SocketObject b = pair[1]) {
                select.Poll p = select.poll();
                p.register(a, select.POLLIN);
                List<Object> out = new ArrayList<>();
                Thread t = new Thread(() -> {
                    try {
                        out.add(poll(p, timeoutMs));
                    } catch (OSError e) {
                        throw new AssertionError(e);
                    }
                });
                t.start();
                t.join(100);
                boolean alive = t.isAlive();
                b.send(builtins.b("x"));
                t.join();
                System.out.println(label(timeoutMs) + " blocked: " + repr(alive) + " events: " + repr(out.get(0)));
            }
        }
    }

    /** CPython's selectors multiply an int timeout by 1e3 first, so an int is the float it converts to. */
    static void selectorEdges(selectors.BaseSelector sel) throws OSError {
        SocketObject[] p = pairWithData();
        try (SocketObject a = p[0]; SocketObject b = p[1]) {
            sel.register(a, selectors.EVENT_READ);
            for (Object v : concat(SELECT_VALUES, Arrays.asList(-INF, 2147483.647, 2147483.6469, 1e305, -1e305))) {
                show(label(v), () -> masks(sel.select((Double) v)));
            }
            for (Object v : INTS) {
                show(label(v), () -> masks(sel.select((double) (Long) v)));
            }
        }
    }

    @Scenario
    static void EpollSelectorTestCase_test_timeout_range() throws OSError {
        try (selectors.BaseSelector sel = new selectors.EpollSelector()) {
            selectorEdges(sel);
        }
    }

    @Scenario
    static void PollSelectorTestCase_test_timeout_range() throws OSError {
        try (selectors.BaseSelector sel = new selectors.PollSelector()) {
            selectorEdges(sel);
        }
    }

    static void selectorTimeout(selectors.BaseSelector sel) throws OSError {
        SocketObject[] p = socket.socketpair();
        try (SocketObject rd = p[0]; SocketObject wr = p[1]) {
            sel.register(wr, selectors.EVENT_WRITE);
            long t = System.nanoTime();
            System.out.println(sel.select(0.0).size() + " " + sel.select(-1.0).size());
            sel.unregister(wr);
            sel.register(rd, selectors.EVENT_READ);
            System.out.println(repr(masks(sel.select(0.0))) + " " + repr(masks(sel.select(-1.0))) + " "
                    + repr(System.nanoTime() - t < 500_000_000L));
            t = System.nanoTime();
            List<Object> r = masks(sel.select(0.1));
            long dt = System.nanoTime() - t;
            System.out.println(repr(r) + " " + repr(dt >= 100_000_000L && dt < 2_000_000_000L));
        }
    }

    @Scenario
    static void EpollSelectorTestCase_test_timeout() throws OSError {
        try (selectors.BaseSelector sel = new selectors.EpollSelector()) {
            selectorTimeout(sel);
        }
    }

    @Scenario
    static void PollSelectorTestCase_test_timeout() throws OSError {
        try (selectors.BaseSelector sel = new selectors.PollSelector()) {
            selectorTimeout(sel);
        }
    }

    @Scenario
    static void EpollSelectorTestCase_test_empty_select_timeout() throws OSError {
        try (selectors.BaseSelector sel = new selectors.EpollSelector()) {
            long t = System.nanoTime();
            List<Object> r = masks(sel.select(0.1));
            long dt = System.nanoTime() - t;
            System.out.println(repr(r) + " " + repr(dt >= 100_000_000L && dt < 2_000_000_000L));
        }
    }
}
