package dev.jnasocket;

import dev.jnasocket.libc.LibC;
import dev.jnasocket.libc.pthread_t;
import java.io.PrintStream;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * Ctrl-C as Python has it: SIGINT raises {@link KeyboardInterrupt} in the main thread.
 *
 * <p>CPython's C handler only sets a flag; the main thread's blocking call fails with EINTR and
 * raises it. Here the JVM's handler for SIGINT (installed through {@code sun.misc.Signal}, by
 * reflection so that javac has nothing to warn about) runs in the JVM's signal thread, so it
 * sets the flag and then wakes the main thread with {@code pthread_kill(main, SIGWAKE)}, the
 * same no-op wake-up signal that {@code Thread.interrupt()} uses ({@link LibC#installWakeHandler()}):
 * the main thread's {@code accept}, {@code recv} or {@code poll} fails with EINTR, and the
 * EINTR path of every blocking call of the library ({@link #check()}) raises KeyboardInterrupt
 * where CPython would.
 *
 * <p>It is armed by the main thread's first {@code builtins.print} or the loading of
 * {@link socketserver} on the main thread: a Python port has Python's Ctrl-C, and a program that
 * uses neither (the echo programs, which stop through shutdown hooks) keeps the JVM's own. The wake is repeated every 20 ms until the
 * main thread takes the interrupt; if it does not within a second (it is busy outside the
 * library, or has ended), the JVM's own handling runs: exit status 130. A KeyboardInterrupt that
 * escapes {@code main} prints {@code KeyboardInterrupt} on standard error and exits with 130,
 * the status a shell shows for a Python program ended by an uncaught Ctrl-C.
 */
final class Signals {
    private Signals() {}

    private static final int SIGINT = 2;
    /** What a shell reports for a process ended by SIGINT, and what the JVM's own handler exits with. */
    static final int EXIT_STATUS = 128 + SIGINT;

    private static boolean armed; // read without a lock on every new socket: set once, never cleared
    private static volatile boolean pending;
    private static Thread main;
    private static pthread_t mainThread;
    private static Object jvmHandler;
    private static Object sigint;

    /** Arms Ctrl-C handling if the caller is the main thread; cheap after the first call. */
    static void arm() {
        if (armed || !"main".equals(Thread.currentThread().getName())) {
            return;
        }
        synchronized (Signals.class) {
            if (armed) {
                return;
            }
            armed = true;
            try {
                if (LibC.installWakeHandler() != 0) {
                    return;
                }
                main = Thread.currentThread();
                mainThread = LibC.pthread_self();
                Class<?> signal = Class.forName("sun.misc.Signal");
                Class<?> handler = Class.forName("sun.misc.SignalHandler");
                sigint = signal.getConstructor(String.class).newInstance("INT");
                InvocationHandler onSignal = (proxy, m, args) -> {
                    if (m.getName().equals("handle")) {
                        interrupt();
                        return null;
                    }
                    return m.getName().equals("equals") ? proxy == args[0] : m.getName().equals("hashCode") ? 0 : "Signals";
                };
                Object ours = Proxy.newProxyInstance(Signals.class.getClassLoader(), new Class<?>[] {handler}, onSignal);
                jvmHandler = signal.getMethod("handle", signal, handler).invoke(null, sigint, ours);
                Thread.UncaughtExceptionHandler before = main.getUncaughtExceptionHandler();
                main.setUncaughtExceptionHandler((t, e) -> {
                    if (e instanceof KeyboardInterrupt) {
                        System.out.flush();
                        PrintStream err = System.err;
                        err.println("Traceback (most recent call last):");
                        err.println("KeyboardInterrupt");
                        err.flush();
                        // from another thread, so that a shutdown hook that waits for main cannot deadlock
                        new Thread(() -> System.exit(EXIT_STATUS), "KeyboardInterrupt exit").start();
                        return;
                    }
                    before.uncaughtException(t, e);
                });
            } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
                // -Xrs, or no sun.misc.Signal: the JVM keeps its own Ctrl-C
            }
        }
    }

    /** In the JVM's signal thread: flag the interrupt and wake the main thread until it takes it. */
    private static void interrupt() {
        pending = true;
        for (int i = 0; i < 50 && pending && main.isAlive(); i++) {
            LibC.pthread_kill(mainThread, LibC.SIGWAKE); // the native thread outlives main(): it waits in DestroyJavaVM
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        if (pending) {
            pending = false;
            runJvmHandler();
        }
    }

    private static void runJvmHandler() {
        try {
            Class<?> handler = Class.forName("sun.misc.SignalHandler");
            Class<?> signal = Class.forName("sun.misc.Signal");
            if (handler.isInstance(jvmHandler) && jvmHandler != handler.getField("SIG_DFL").get(null)
                    && jvmHandler != handler.getField("SIG_IGN").get(null)) {
                Method handle = handler.getMethod("handle", signal);
                handle.invoke(jvmHandler, sigint);
                return;
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // fall through to the JVM's usual answer
        }
        System.exit(EXIT_STATUS);
    }

    /**
     * Called on the EINTR path of every blocking call: raises the pending Ctrl-C in the main thread.
     *
     * @throws KeyboardInterrupt if SIGINT arrived and this is the main thread
     */
    static void check() {
        if (pending && Thread.currentThread() == main) {
            pending = false;
            throw new KeyboardInterrupt();
        }
    }
}
