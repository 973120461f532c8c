package dev.jnasocket.reliability;

import dev.jnasocket.Address;
import dev.jnasocket.OSError;
import dev.jnasocket.SocketFile;
import dev.jnasocket.SocketObject;
import dev.jnasocket.libc.LibC;
import dev.jnasocket.libc.Trace;
import dev.jnasocket.libc.addrinfo;
import dev.jnasocket.libc.epoll_event;
import dev.jnasocket.libc.kevent;
import dev.jnasocket.libc.pollfd;
import dev.jnasocket.libc.sockaddr;
import dev.jnasocket.libc.sockaddr_in;
import dev.jnasocket.libc.sockaddr_in6;
import dev.jnasocket.libc.sockaddr_un;
import dev.jnasocket.libc.timeval;
import dev.jnasocket.selectors;
import dev.jnasocket.socket;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * The child of {@code ApiFuzzTest}: calls every public method and constructor of both layers
 * ({@code dev.jnasocket} and {@code dev.jnasocket.libc}) by reflection with hostile arguments,
 * on sockets in every state, with the trace on and off, and reports every exception a caller
 * must never see (NullPointerException, an index or cast failure, an Error) and every call that
 * a close() from another thread did not end. At the end it closes what it made and compares the
 * open fds with those it started with.
 *
 * <p>args: {@code nulls} (each reference argument null in turn, the others ordinary) or
 * {@code fuzz SEED MILLIS} (random hostile arguments). Prints {@code @@ BAD ...} per finding,
 * {@code @@ calls N}, {@code @@ fds START END} and {@code @@ done}.
 */
public final class ApiFuzzChild {
    private ApiFuzzChild() {}

    /** What a caller may see from a hostile call: Python's errors and their Java stand-ins. */
    private static boolean allowed(Throwable t) {
        return t instanceof IllegalArgumentException // ValueError, TypeError, OverflowError
                || t instanceof IOException // OSError and its tree
                || t instanceof IllegalStateException // a closed selector or event array
                || t instanceof NoSuchElementException // KeyError
                || t instanceof IndexOutOfBoundsException && t.getStackTrace().length > 0 // an index the library itself checked
                        && t.getStackTrace()[0].getClassName().startsWith("dev.jnasocket")
                || t instanceof UnsupportedOperationException // a read-only view
                || t.getClass().getPackageName().equals("dev.jnasocket"); // the other Python errors (LookupError...)
    }

    /**
     * Calls the fuzz leaves out, and why: they act on the process or on fd numbers the fuzz does
     * not own, which no library can make safe (C's {@code kill(-1, SIGKILL)} is what it is).
     */
    private static final Set<String> EXCLUDED = Set.of(
            "LibC.kill", // signals arbitrary processes
            "LibC.dup2", // its second number names any fd of the process
            "Trace.output", "Trace.enable", // the driver switches the trace itself
            "socket.socket(int,int,int,int)", // takes ownership of an fd number: a random one is another owner's
            "socket.close(int)", // Python's socket.close(fd) closes any fd of the process, as os.close
            "epoll.fromfd", "kqueue.fromfd", // take ownership of an fd number, as CPython's select.epoll.fromfd
            "LibC.perror", // only prints
            "BaseSelector.select()", // None: waits as long as CPython's, which no close ends
            "epoll.poll()"); // the same: select.epoll's poll() without a timeout

    private static final List<Class<?>> CLASSES = new ArrayList<>();
    private static final Map<String, String> BAD = new LinkedHashMap<>();
    private static long calls;
    /** Everything made for or returned by a call, closed between calls. */
    private static final List<AutoCloseable> made = new ArrayList<>();
    /** Raw fds made for a call, closed between calls. */
    private static final List<Integer> rawFds = new ArrayList<>();
    private static final ExecutorService RUNNER = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fuzz call");
        t.setDaemon(true);
        return t;
    });
    private static final PrintStream OUT = System.out;
    /** The null sweep: every socket it makes is a live, connected one, so each call gets past its first check. */
    private static boolean ordinarySockets;
    /** With FUZZ_LOG set, each call is named on stderr before it is made: the last line names a crash. */
    private static final boolean LOG = System.getenv("FUZZ_LOG") != null;

    /** @param args {@code nulls}, or {@code fuzz SEED MILLIS} */
    public static void main(String[] args) throws Exception {
        // Whatever the library prints (print(), the trace) goes elsewhere; findings go to the real stdout.
        System.setOut(new PrintStream(new ByteArrayOutputStream() {
            @Override
            public synchronized void write(byte[] b, int off, int len) {
                if (size() > 1 << 20) {
                    reset();
                }
                super.write(b, off, len);
            }
        }, true));
        Trace.output(System.out);
        findClasses();
        List<Executable> all = executables();
        warmUp();
        Set<String> fdsBefore = fds();
        if (args[0].equals("nulls")) {
            ordinarySockets = true;
            for (boolean trace : new boolean[] {false, true}) {
                Trace.enable(trace);
                for (Executable e : all) {
                    Class<?>[] p = e.getParameterTypes();
                    for (int i = 0; i < p.length; i++) {
                        if (!p[i].isPrimitive()) {
                            call(e, ordinary(e, i), null);
                        }
                    }
                }
            }
        } else {
            Random rnd = new Random(Long.parseLong(args[1]));
            long end = System.nanoTime() + Long.parseLong(args[2]) * 1_000_000L;
            while (System.nanoTime() < end) {
                Trace.enable(rnd.nextInt(4) == 0);
                Executable e = all.get(rnd.nextInt(all.size()));
                call(e, hostile(e, rnd), rnd);
            }
        }
        Trace.enable(false);
        cleanUp();
        Set<String> fdsAfter = fds();
        for (int i = 0; i < 50 && !fdsAfter.equals(fdsBefore); i++) {
            System.gc();
            Thread.sleep(20);
            fdsAfter = fds();
        }
        Set<String> leaked = new LinkedHashSet<>(fdsAfter);
        leaked.removeAll(fdsBefore);
        BAD.forEach((k, v) -> OUT.println("@@ BAD " + k + " " + v));
        OUT.println("@@ calls " + calls);
        OUT.println("@@ fds " + fdsBefore.size() + " " + fdsAfter.size() + " leaked " + leaked);
        OUT.println("@@ done");
        OUT.flush();
        Runtime.getRuntime().halt(0); // threads still blocked in a hostile call must not keep the JVM up
    }

    // ---------------------------------------------------------------- what to call

    private static void findClasses() throws Exception {
        Path root = Path.of(SocketObject.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        for (String pkg : List.of("dev/jnasocket", "dev/jnasocket/libc")) {
            try (Stream<Path> files = Files.list(root.resolve(pkg))) {
                for (Path f : files.sorted().toList()) {
                    String name = f.getFileName().toString();
                    if (!name.endsWith(".class")) {
                        continue;
                    }
                    Class<?> c = Class.forName(pkg.replace('/', '.') + "." + name.substring(0, name.length() - 6), false,
                            ApiFuzzChild.class.getClassLoader());
                    if (Modifier.isPublic(c.getModifiers()) && !c.isAnnotation() && !Throwable.class.isAssignableFrom(c)
                            && (c.getEnclosingClass() == null || Modifier.isPublic(c.getEnclosingClass().getModifiers()))) {
                        CLASSES.add(c);
                    }
                }
            }
        }
    }

    private static String nameOf(Executable e) {
        String owner = e.getDeclaringClass().getSimpleName();
        String params = Arrays.stream(e.getParameterTypes()).map(Class::getSimpleName).reduce((a, b) -> a + "," + b).orElse("");
        return owner + "." + (e instanceof Constructor ? "<init>" : e.getName()) + "(" + params + ")";
    }

    private static List<Executable> executables() {
        List<Executable> out = new ArrayList<>();
        for (Class<?> c : CLASSES) {
            List<Executable> mine = new ArrayList<>();
            if (!Modifier.isAbstract(c.getModifiers())) {
                mine.addAll(Arrays.asList(c.getConstructors()));
            }
            for (Method m : c.getMethods()) {
                if (m.getDeclaringClass() == c && !m.isSynthetic() && !m.isBridge()) {
                    mine.add(m);
                }
            }
            for (Executable e : mine) {
                String n = nameOf(e);
                String shortName = e.getDeclaringClass().getSimpleName() + "." + e.getName();
                boolean enumMethod = c.isEnum() && (e.getName().equals("valueOf") || e.getName().equals("values"));
                if (!EXCLUDED.contains(shortName) && !EXCLUDED.contains(n) && !enumMethod // valueOf(null): Enum's contract
                        && !(e instanceof Method m && m.getName().equals("main"))) {
                    out.add(e);
                }
            }
        }
        out.sort(Comparator.comparing(ApiFuzzChild::nameOf));
        return out;
    }

    private static boolean rawLayer(Executable e) {
        return e.getDeclaringClass().getPackageName().endsWith(".libc");
    }

    // ---------------------------------------------------------------- arguments

    /** The arguments of an ordinary call, with argument {@code nullAt} null. */
    private static Object[] ordinary(Executable e, int nullAt) {
        Class<?>[] p = e.getParameterTypes();
        Object[] a = new Object[p.length];
        for (int i = 0; i < p.length; i++) {
            // A wait's NULL timeval waits forever, as C's does: never null there.
            boolean forever = aWait(e) && p[i] == timeval.class;
            a[i] = i == nullAt && !forever ? null : List.class.isAssignableFrom(p[i])
                    ? listFor(e.getGenericParameterTypes()[i], new Random(i)) : ordinaryValue(e, p[i], i);
            if (aWait(e) && (p[i] == Double.class || p[i] == double.class)) {
                a[i] = 0.01;
            }
            if (i == rawTimeout(e)) {
                a[i] = 10;
            }
        }
        return a;
    }

    private static Object ordinaryValue(Executable e, Class<?> t, int index) {
        if (t == int.class) {
            // a raw call's first int is an fd: one the fuzz owns, never a number of the JVM's
            return rawLayer(e) && index == 0 ? ownedFd() : 0;
        }
        if (t == long.class) {
            return 0L;
        }
        if (t == short.class) {
            return (short) 0;
        }
        if (t == byte.class) {
            return (byte) 0;
        }
        if (t == boolean.class) {
            return false;
        }
        if (t == double.class) {
            return 0.0;
        }
        if (t == float.class) {
            return 0.0f;
        }
        if (t == char.class) {
            return 'a';
        }
        return sample(t, new Random(index));
    }

    /** A fresh socket's fd, closed after the call. */
    private static int ownedFd() {
        int fd = LibC.socket(LibC.AF_INET, LibC.SOCK_DGRAM, 0);
        if (fd >= 0) {
            // non-blocking: a raw recv on it returns EAGAIN instead of waiting, as C's would, forever
            LibC.fcntl(fd, LibC.F_SETFL, LibC.fcntl(fd, LibC.F_GETFL) | LibC.O_NONBLOCK);
            rawFds.add(fd);
        }
        return fd;
    }

    /**
     * A wait's timeout: None (null), a huge or an infinite one wait as long as CPython's would,
     * which closing the sockets does not end (CPython's does not either), so waits get short ones.
     */
    private static boolean aWait(Executable e) {
        return Set.of("select", "poll", "poll1", "epoll_wait", "kevent", "control").contains(e.getName());
    }

    /** The index of a raw wait's int timeout (its last int), or -1. */
    private static int rawTimeout(Executable e) {
        if (!rawLayer(e) || !aWait(e)) {
            return -1;
        }
        Class<?>[] p = e.getParameterTypes();
        for (int i = p.length - 1; i >= 0; i--) {
            if (p[i] == int.class) {
                return i;
            }
        }
        return -1;
    }

    /** Raw calls whose int result is a new fd, which the caller (here, the fuzz) then owns. */
    private static final Set<String> MAKES_FD = Set.of("LibC.socket", "LibC.dup", "LibC.accept", "LibC.accept4", "LibC.open", "socket.dup",
            "Epoll.epoll_create1", "Kqueue.kqueue", "SocketObject.detach");

    /** Takes ownership of the fds a raw call made, as its caller must. */
    private static void ownResult(Executable e, Object[] args, Object result) {
        String n = e.getDeclaringClass().getSimpleName() + "." + e.getName();
        if (result instanceof Integer fd && fd >= 0 && (MAKES_FD.contains(n)
                || n.equals("LibC.fcntl") && args.length == 3
                        && (args[1].equals(LibC.F_DUPFD) || args[1].equals(LibC.F_DUPFD_CLOEXEC)))) {
            rawFds.add(fd);
        }
        if (n.equals("LibC.socketpair") && Integer.valueOf(0).equals(result) && args[3] instanceof int[] sv) {
            rawFds.add(sv[0]);
            rawFds.add(sv[1]);
        }
    }

    private static final Double[] WAIT_TIMEOUTS = {0.0, 0.01, -1.0};

    /** Whole-second timeouts for a wait (select.select): none that waits, two past what CPython's _PyTime_t holds. */
    private static final long[] WAIT_LONG_TIMEOUTS = {0L, -1L, 1L << 40, Long.MAX_VALUE};

    /** A non-null value of type {@code t}, or null when the fuzz does not know how to make one. */
    private static Object sample(Class<?> t, Random r) {
        try {
            if (t == String.class) {
                return new String[] {"127.0.0.1", "", "localhost", "::1", "r", "rwb", "\0", "x".repeat(300), "%s", "!HI"}[r.nextInt(10)];
            }
            if (t == byte[].class) {
                return new byte[r.nextInt(4) == 0 ? 0 : 16];
            }
            if (t == int[].class) {
                return new int[] {r.nextInt(4) == 0 ? -1 : 16, 0};
            }
            if (t == long[].class) {
                return new long[2];
            }
            if (t == String[].class) {
                return new String[1];
            }
            if (t == Object[].class) {
                return new Object[] {1, "a"};
            }
            if (t == Object.class) {
                return new Object[] {0, "127.0.0.1", new byte[4], socketIn(r.nextInt(STATES)), 1.5}[r.nextInt(5)];
            }
            if (t == Integer.class) {
                return r.nextInt(3) - 1;
            }
            if (t == Long.class) {
                return (long) r.nextInt(3) - 1;
            }
            if (t == Double.class) {
                return new Double[] {0.0, 0.01, -1.0}[r.nextInt(3)];
            }
            if (t == Boolean.class) {
                return Boolean.TRUE;
            }
            if (t == ByteBuffer.class) {
                return r.nextBoolean() ? ByteBuffer.allocateDirect(16) : ByteBuffer.allocate(16);
            }
            if (t == Address.class) {
                return new Address[] {Address.of("127.0.0.1", 0), Address.of6("::1", 0, 0, 0), Address.unix("")}[r.nextInt(3)];
            }
            if (t == SocketObject.class) {
                return socketIn(r.nextInt(STATES));
            }
            if (t == SocketFile.class) {
                SocketObject s = socketIn(r.nextInt(STATES));
                return s.fileno() >= 0 ? s.makefile("rwb") : null;
            }
            if (t == sockaddr.class) {
                return sample(new Class<?>[] {sockaddr_in.class, sockaddr_in6.class, sockaddr_un.class}[r.nextInt(3)], r);
            }
            if (t == sockaddr_in.class) {
                return new sockaddr_in();
            }
            if (t == sockaddr_in6.class) {
                return new sockaddr_in6();
            }
            if (t == sockaddr_un.class) {
                sockaddr_un u = new sockaddr_un();
                u.pathLength = r.nextInt(3) == 0 ? -1 : 0;
                return u;
            }
            if (t == timeval.class) {
                return new timeval(0, r.nextInt(3) * 5000);
            }
            if (t == addrinfo.class) {
                return new addrinfo();
            }
            if (t == addrinfo[].class) {
                return new addrinfo[1];
            }
            if (t == pollfd.class) {
                return new pollfd(-1, LibC.POLLIN);
            }
            if (t == pollfd[].class) {
                return new pollfd[] {new pollfd(ownedFd(), LibC.POLLIN)};
            }
            if (t == epoll_event.class) {
                return new epoll_event(LibC.EPOLLIN, 0);
            }
            if (t == epoll_event.Array.class) {
                epoll_event.Array a = new epoll_event.Array(2);
                made.add(a);
                if (r.nextInt(3) == 0) {
                    a.close();
                }
                return a;
            }
            if (t == kevent.class) {
                return new kevent(0, LibC.EVFILT_READ, LibC.EV_ADD);
            }
            if (t == kevent.Array.class) {
                kevent.Array a = new kevent.Array(2);
                made.add(a);
                if (r.nextInt(3) == 0) {
                    a.close();
                }
                return a;
            }
            if (t == selectors.BaseSelector.class) {
                selectors.BaseSelector s = selectors.DefaultSelector();
                made.add(s);
                return s;
            }
            if (List.class.isAssignableFrom(t) || Collection.class.isAssignableFrom(t)) {
                List<Object> l = new ArrayList<>();
                l.add(socketIn(r.nextInt(STATES)));
                return l;
            }
            if (t == Appendable.class) {
                return new StringBuilder();
            }
            if (t == PrintStream.class) {
                return System.out;
            }
            if (t.isArray()) {
                return Array.newInstance(t.getComponentType(), 1);
            }
            if (t.isEnum() && t.getEnumConstants().length > 0) {
                return t.getEnumConstants()[r.nextInt(t.getEnumConstants().length)];
            }
        } catch (Exception cannot) {
            return null;
        }
        return null;
    }

    /**
     * A list whose items have the declared element type (Java's type system keeps a caller from
     * handing over any other), with a null item now and then; any object for {@code List<?>}.
     */
    private static List<Object> listFor(java.lang.reflect.Type declared, Random r) {
        List<Object> l = new ArrayList<>();
        Class<?> item = Object.class;
        if (declared instanceof java.lang.reflect.ParameterizedType pt
                && pt.getActualTypeArguments()[0] instanceof Class<?> c) {
            item = c;
        }
        int n = r.nextInt(3);
        for (int i = 0; i < n; i++) {
            l.add(r.nextInt(6) == 0 ? null : item == Object.class ? sample(Object.class, r) : sample(item, r));
        }
        return l;
    }

    private static final int STATES = 9;

    /** A socket in one of the states a caller may hand over: fresh, bound, listening, connected, UDP, AF_UNIX, closed, detached, shut down. */
    private static SocketObject socketIn(int state) {
        if (ordinarySockets) {
            state = 3;
        }
        try {
            SocketObject s;
            switch (state) {
                case 0 -> s = socket.socket();
                case 1 -> {
                    s = socket.socket();
                    s.bind("127.0.0.1", 0);
                }
                case 2 -> s = socket.create_server("127.0.0.1", 0);
                case 3, 8 -> {
                    SocketObject[] p = socket.socketpair();
                    made.add(p[1]);
                    s = p[0];
                    if (state == 8) {
                        s.shutdown(socket.SHUT_RDWR);
                    }
                }
                case 4 -> {
                    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM);
                    s.bind("127.0.0.1", 0);
                }
                case 5 -> s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM);
                case 6 -> {
                    s = socket.socket();
                    s.close();
                }
                default -> {
                    s = socket.socket();
                    LibC.close(s.detach());
                }
            }
            s.settimeout(0.05); // a hostile call must not block the fuzz: the watchdog catches the rest
            made.add(s);
            return s;
        } catch (OSError e) {
            SocketObject s = null;
            return s;
        }
    }

    private static final int[] HOSTILE_INTS = {-1, Integer.MIN_VALUE, Integer.MAX_VALUE, 0, 1, 2, 16, 65535, 65536, 1 << 20,
        0x7fff, -65536};
    private static final long[] HOSTILE_LONGS = {-1L, Long.MIN_VALUE, Long.MAX_VALUE, 0L, 16L, 1L << 31, 1L << 40};
    private static final double[] HOSTILE_DOUBLES = {-1.0, 0.0, 1e-9, Double.NaN, Double.POSITIVE_INFINITY, 9.3e9, 1e300, 0.01};

    private static Object[] hostile(Executable e, Random r) {
        Class<?>[] p = e.getParameterTypes();
        Object[] a = new Object[p.length];
        boolean raw = rawLayer(e);
        for (int i = 0; i < p.length; i++) {
            Class<?> t = p[i];
            if (t == int.class) {
                // raw calls get only fds the fuzz owns (or none at all), never a number the JVM uses
                a[i] = raw ? (r.nextBoolean() ? ownedFd() : new int[] {-1, Integer.MIN_VALUE, Integer.MAX_VALUE, 1 << 20}[r.nextInt(4)])
                        : HOSTILE_INTS[r.nextInt(HOSTILE_INTS.length)];
            } else if (t == long.class && aWait(e) && !raw) {
                // select.select's int timeout: 2**31 s waits as long in CPython, which no close ends
                a[i] = WAIT_LONG_TIMEOUTS[r.nextInt(WAIT_LONG_TIMEOUTS.length)];
            } else if (t == long.class) {
                a[i] = raw && r.nextBoolean() ? (long) ownedFd() : HOSTILE_LONGS[r.nextInt(HOSTILE_LONGS.length)];
            } else if (aWait(e) && (t == double.class || t == Double.class)) {
                a[i] = WAIT_TIMEOUTS[r.nextInt(WAIT_TIMEOUTS.length)];
            } else if (t == double.class) {
                a[i] = HOSTILE_DOUBLES[r.nextInt(HOSTILE_DOUBLES.length)];
            } else if (t == Double.class) {
                a[i] = r.nextInt(4) == 0 ? null : HOSTILE_DOUBLES[r.nextInt(HOSTILE_DOUBLES.length)];
            } else if (t == Integer.class) {
                a[i] = r.nextInt(4) == 0 ? null : HOSTILE_INTS[r.nextInt(HOSTILE_INTS.length)];
            } else if (t.isPrimitive()) {
                a[i] = ordinaryValue(e, t, 1);
            } else if (r.nextInt(5) == 0 && !(aWait(e) && t == timeval.class)) {
                a[i] = null;
            } else {
                a[i] = List.class.isAssignableFrom(t) ? listFor(e.getGenericParameterTypes()[i], r) : sample(t, r);
            }
            if (i == rawTimeout(e)) {
                a[i] = new int[] {0, 1, 10}[r.nextInt(3)];
            }
        }
        return a;
    }

    // ---------------------------------------------------------------- calling

    private static void call(Executable e, Object[] args, Random r) {
        Object target = null;
        if (e instanceof Method m && !Modifier.isStatic(m.getModifiers())) {
            target = sample(m.getDeclaringClass(), r == null ? new Random(calls) : r);
            if (target == null) {
                target = receiver(m.getDeclaringClass(), r);
            }
            if (target == null) {
                return;
            }
        }
        calls++;
        if (LOG) {
            System.err.println("call " + nameOf(e) + " " + describe(args));
        }
        Object t = target;
        Future<Object> f = RUNNER.submit(() -> {
            Object result = e instanceof Method m ? m.invoke(t, args) : ((Constructor<?>) e).newInstance(args);
            synchronized (rawFds) {
                ownResult(e, args, result);
            }
            return result;
        });
        try {
            keep(f.get(2, TimeUnit.SECONDS));
        } catch (TimeoutException blocked) {
            // Blocked despite the fuzz's timeouts (a call that set its socket blocking, say):
            // closing everything must wake it, as close() promises.
            cleanUp();
            try {
                keep(f.get(5, TimeUnit.SECONDS));
            } catch (TimeoutException stillBlocked) {
                bad(e, args, "still blocked 5 s after every socket it could use was closed");
            } catch (ExecutionException x) {
                judge(e, args, x.getCause());
            } catch (InterruptedException x) {
                Thread.currentThread().interrupt();
            }
        } catch (ExecutionException x) {
            judge(e, args, x.getCause());
        } catch (InterruptedException x) {
            Thread.currentThread().interrupt();
        }
        cleanUp();
        if (STDOUT.exists() && !new File("/proc/self/fd/1").exists()) {
            System.err.println("stdout closed by " + nameOf(e) + " " + describe(args));
            Runtime.getRuntime().halt(3);
        }
    }

    /** Where Linux shows fd 1; a call that closes it ends the run loudly instead of hiding what follows. */
    private static final File STDOUT = new File("/proc/self/fd/1");

    /** An instance for a method of a class {@link #sample} does not make. */
    private static Object receiver(Class<?> c, Random r) {
        try {
            if (c == selectors.PollSelector.class) {
                selectors.BaseSelector s = new selectors.PollSelector();
                made.add(s);
                return s;
            }
            if (c == selectors.EpollSelector.class && dev.jnasocket.libc.Os.HOST == dev.jnasocket.libc.Os.LINUX) {
                selectors.BaseSelector s = new selectors.EpollSelector();
                made.add(s);
                return s;
            }
        } catch (OSError ignored) {
            return null;
        }
        return null;
    }

    private static void judge(Executable e, Object[] args, Throwable t) {
        if (t instanceof InvocationTargetException ite) {
            t = ite.getCause();
        }
        if (t instanceof IllegalArgumentException && t.getMessage() != null
                && (t.getMessage().startsWith("wrong number of arguments") || t.getMessage().startsWith("argument type mismatch"))
                && t.getStackTrace().length > 0 && t.getStackTrace()[0].getClassName().startsWith("jdk.internal.reflect")) {
            return; // the fuzz's own mistake, not the library's
        }
        if (!allowed(t)) {
            StackTraceElement where = t.getStackTrace().length > 0 ? t.getStackTrace()[0] : null;
            bad(e, args, t.getClass().getName() + ": " + t.getMessage() + " at " + where);
        }
    }

    private static void bad(Executable e, Object[] args, String what) {
        String key = nameOf(e);
        if (!BAD.containsKey(key)) {
            BAD.put(key, what + " args " + describe(args));
        }
    }

    private static String describe(Object[] args) {
        StringBuilder b = new StringBuilder("[");
        for (Object a : args) {
            b.append(b.length() > 1 ? ", " : "");
            b.append(a == null ? "null" : a instanceof byte[] x ? "byte[" + x.length + "]"
                    : a instanceof int[] x ? Arrays.toString(x) : a.getClass().getSimpleName());
            if (a instanceof Number || a instanceof String) {
                b.append('=').append(a instanceof String s && s.length() > 20 ? s.substring(0, 20) + "..." : a);
            }
        }
        return b.append(']').toString();
    }

    /** Holds on to what a call returned, so that it is closed with the rest. */
    private static void keep(Object o) {
        if (o instanceof AutoCloseable c) {
            made.add(c);
        } else if (o instanceof Object[] arr) {
            for (Object x : arr) {
                keep(x);
            }
        } else if (o instanceof Record rec) {
            for (var comp : rec.getClass().getRecordComponents()) {
                try {
                    keep(comp.getAccessor().invoke(rec));
                } catch (ReflectiveOperationException ignored) {
                    // not an accessible record: nothing it holds can be closed from here
                }
            }
        }
    }

    private static void cleanUp() {
        for (int i = made.size() - 1; i >= 0; i--) {
            try {
                made.get(i).close();
            } catch (Exception ignored) {
                // already closed, or closing reports an error: either way it is closed now
            }
        }
        made.clear();
        synchronized (rawFds) {
            for (int fd : rawFds) {
                LibC.close(fd);
            }
            rawFds.clear();
        }
    }

    private static void warmUp() throws Exception {
        // load what a first call loads (classes, JNA, the Cleaner threads) before counting fds
        try (SocketObject s = socket.socket(); selectors.BaseSelector sel = selectors.DefaultSelector()) {
            socket.getaddrinfo("127.0.0.1", 0);
        }
    }

    private static Set<String> fds() throws IOException {
        File dir = new File("/proc/self/fd");
        Set<String> out = new LinkedHashSet<>();
        String[] names = dir.list();
        if (names == null) {
            return out;
        }
        for (String n : names) {
            try {
                out.add(n + " " + Files.readSymbolicLink(Path.of("/proc/self/fd", n)));
            } catch (IOException gone) {
                // the fd of the listing itself
            }
        }
        return out;
    }
}
