package dev.jnasocket;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

/**
 * A task on a new daemon thread of its own, for tests whose tasks must run at the same time (a
 * writer beside a reader, a GC churn beside a blocked send). Not {@code CompletableFuture.runAsync}:
 * the common pool may run one task at a time (it does on JDK 25 with 2 CPUs), so a second task
 * would wait behind a first that waits for it.
 */
public final class OwnThread {
    private OwnThread() {}

    /**
     * Starts {@code task} on its own thread.
     *
     * @param name the thread's name
     * @param task what it computes
     * @param <T>  the result's type
     * @return completed with the result, or with what the task threw
     */
    public static <T> CompletableFuture<T> supply(String name, Callable<T> task) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                result.complete(task.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }, name);
        t.setDaemon(true);
        t.start();
        return result;
    }

    /**
     * Starts {@code task} on its own thread.
     *
     * @param name the thread's name
     * @param task what it does
     * @return completed when it returns, or with what it threw
     */
    public static CompletableFuture<Void> run(String name, Runnable task) {
        return supply(name, () -> {
            task.run();
            return null;
        });
    }
}
