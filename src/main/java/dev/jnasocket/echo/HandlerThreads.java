package dev.jnasocket.echo;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * The threads of the {@code threads} mode: virtual threads where the JVM has them (Java 21+,
 * found at run time through {@code Thread.ofVirtual()}, so the code still compiles for Java 17),
 * daemon platform threads otherwise.
 */
final class HandlerThreads {
    private HandlerThreads() {}

    /** {@code (name, body) -> Thread.ofVirtual().name(name).unstarted(body)}, or null without virtual threads. */
    private static final MethodHandle VIRTUAL = findVirtual();

    private static MethodHandle findVirtual() {
        try {
            Class<?> builder = Class.forName("java.lang.Thread$Builder");
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            MethodHandle ofVirtual = lookup.findStatic(Thread.class, "ofVirtual",
                    MethodType.methodType(Class.forName("java.lang.Thread$Builder$OfVirtual")));
            MethodHandle name = lookup.findVirtual(builder, "name", MethodType.methodType(builder, String.class));
            MethodHandle unstarted = lookup.findVirtual(builder, "unstarted", MethodType.methodType(Thread.class, Runnable.class));
            Object probe = ofVirtual.invoke(); // Java 19 and 20 throw here unless preview features are on
            name.invoke(probe, "probe");
            MethodHandle named = MethodHandles.collectArguments(name, 0, ofVirtual.asType(MethodType.methodType(builder)));
            return MethodHandles.collectArguments(unstarted, 0, named);
        } catch (Throwable none) {
            return null;
        }
    }

    /** @return {@code virtual} or {@code platform}: what {@link #unstarted} makes on this JVM */
    static String kind() {
        return VIRTUAL != null ? "virtual" : "platform";
    }

    /**
     * @param name the thread's name
     * @param body what it runs
     * @return a new, not yet started thread: virtual where the JVM has them, else a daemon platform thread
     */
    static Thread unstarted(String name, Runnable body) {
        if (VIRTUAL != null) {
            try {
                return (Thread) VIRTUAL.invoke(name, body);
            } catch (Throwable t) {
                throw new IllegalStateException("cannot make a virtual thread", t);
            }
        }
        Thread t = new Thread(body, name);
        t.setDaemon(true);
        return t;
    }
}
