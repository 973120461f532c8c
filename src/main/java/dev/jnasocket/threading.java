package dev.jnasocket;

import java.io.Serializable;
import java.lang.invoke.SerializedLambda;
import java.lang.reflect.Method;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The part of Python's {@code threading} module that socket programs print: threads named as
 * CPython 3.10+ names them, {@code Thread-1 (serve_forever)}, so that
 * {@code print("Server loop running in thread:", server_thread.name)} ports to
 * {@code print("Server loop running in thread:", server_thread.getName())} and prints the same.
 * The threads are plain {@link java.lang.Thread}s ({@code start()}, {@code join()},
 * {@code setDaemon(true)} for {@code daemon = True}); the request threads of
 * {@link socketserver.ThreadingTCPServer} and its kin are named by the same counter, as in CPython.
 */
public final class threading {
    private threading() {}

    private static final AtomicInteger COUNTER = new AtomicInteger();

    /** A thread's target: a method reference ({@code server::serve_forever}) or a lambda. */
    @FunctionalInterface
    public interface Target extends Serializable {
        /**
         * The thread's work.
         *
         * @throws Exception as the target may
         */
        void run() throws Exception;
    }

    /**
     * Python's {@code threading.Thread(target=f)}: not started yet.
     *
     * @param target what the thread runs; a method reference gives the thread its method's name
     *               ({@code Thread-1 (serve_forever)}), a lambda {@code Thread-1 (<lambda>)}; null
     *               (Python's None) a thread that does nothing, {@code Thread-1}
     * @return the thread
     */
    public static Thread Thread(Target target) {
        if (target == null) { // Python's Thread(target=None): runs nothing, named without a target
            return new Thread(() -> { }, "Thread-" + COUNTER.incrementAndGet());
        }
        return new Thread(() -> {
            try {
                target.run();
            } catch (Exception e) {
                throw sneaky(e);
            }
        }, name(targetName(target)));
    }

    /** {@return Python's {@code threading.current_thread()}} */
    public static Thread current_thread() {
        return Thread.currentThread();
    }

    /** CPython's {@code _newname}: {@code Thread-N (target)}, N counting every thread named so. */
    static String name(String target) {
        return "Thread-" + COUNTER.incrementAndGet() + " (" + target + ")";
    }

    /** The implementing method's name, read from the serialized form javac gives a Serializable lambda. */
    private static String targetName(Target target) {
        try {
            Method m = target.getClass().getDeclaredMethod("writeReplace");
            m.setAccessible(true);
            String name = ((SerializedLambda) m.invoke(target)).getImplMethodName();
            return name.startsWith("lambda$") ? "<lambda>" : name;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return target.getClass().getSimpleName(); // a class implementing Target
        }
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> RuntimeException sneaky(Throwable t) throws T {
        throw (T) t;
    }
}
