package dev.jnasocket;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Virtual threads seen from a library compiled for Java 17: {@code Thread.isVirtual()} is looked
 * up once, at run time; on a JVM without it every thread is a platform thread.
 */
final class VirtualThreads {
    private static final MethodHandle IS_VIRTUAL = lookUp();

    private static MethodHandle lookUp() {
        try {
            return MethodHandles.publicLookup().findVirtual(Thread.class, "isVirtual", MethodType.methodType(boolean.class));
        } catch (NoSuchMethodException | IllegalAccessException onJava17) {
            return null;
        }
    }

    /** @return whether this JVM has virtual threads */
    static boolean supported() {
        return IS_VIRTUAL != null;
    }

    /** @return whether {@code t} is a virtual thread */
    static boolean isVirtual(Thread t) {
        if (IS_VIRTUAL == null) {
            return false;
        }
        try {
            return (boolean) IS_VIRTUAL.invokeExact(t);
        } catch (Throwable impossible) {
            throw new AssertionError(impossible);
        }
    }

    private VirtualThreads() {}
}
