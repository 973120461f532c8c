package dev.jnasocket;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A bounded child process for the tests that compare this layer with CPython: {@code python3}
 * running a script or a snippet, or a test-classpath Java program. Its output is drained on
 * background threads (so a chatty child cannot block), and {@link #close()} kills it, whatever
 * happened, so a test never leaves a process behind.
 */
final class Child implements AutoCloseable {
    /** Where the tests' Python scripts live (Maven runs tests from the project directory). */
    static final Path PYTHON_SCRIPTS = Path.of("src", "test", "python");

    private final Process process;
    private final CompletableFuture<String> stdout;
    private final CompletableFuture<String> stderr;

    private Child(List<String> command) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().put("PYTHONUNBUFFERED", "1");
        pb.environment().put("PYTHONIOENCODING", "utf-8");
        pb.environment().remove("JNASOCKET_TRACE"); // the children's output is compared, keep it plain
        process = pb.start();
        process.getOutputStream().close();
        stdout = drain(process.getInputStream());
        stderr = drain(process.getErrorStream());
    }

    /** Reads {@code in} to its end on a thread of its own (the common pool may run one task at a time). */
    private static CompletableFuture<String> drain(InputStream in) {
        CompletableFuture<String> all = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try (in) {
                ByteArrayOutputStream b = new ByteArrayOutputStream();
                in.transferTo(b);
                all.complete(b.toString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                all.completeExceptionally(new UncheckedIOException(e));
            }
        }, "child output");
        t.setDaemon(true);
        t.start();
        return all;
    }

    /** Starts {@code python3 src/test/python/<script> args...}. */
    static Child python(String script, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of("python3", PYTHON_SCRIPTS.resolve(script).toString()));
        cmd.addAll(List.of(args));
        return new Child(cmd);
    }

    /** Starts {@code java -cp <this test run's classpath> mainClass args...} (see {@link JavaCommand}). */
    static Child java(Class<?> mainClass, String... args) throws IOException {
        List<String> cmd = JavaCommand.command();
        cmd.addAll(List.of("-Xshare:auto", "-XX:TieredStopAtLevel=1", mainClass.getName()));
        cmd.addAll(List.of(args));
        return new Child(cmd);
    }

    /**
     * Runs {@code python3 -c code} to its end.
     *
     * @param code    the program
     * @param seconds the most it may take
     * @return what it printed on standard output
     */
    static String runPython(String code, double seconds) throws Exception {
        try (Child p = new Child(List.of("python3", "-c", code))) {
            p.await(seconds);
            p.requireSuccess();
            return p.stdout();
        }
    }

    /**
     * Waits for the child to end; kills it and fails the test when it takes too long.
     *
     * @param seconds the most to wait
     * @return its exit status
     */
    int await(double seconds) throws InterruptedException {
        if (!process.waitFor((long) (seconds * 1000), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("child did not finish within " + seconds + " s: " + process.info().commandLine().orElse("?")
                    + "\nstderr: " + stderr());
        }
        return process.exitValue();
    }

    /** Fails the test unless the (finished) child exited 0. */
    void requireSuccess() {
        if (process.exitValue() != 0) {
            throw new AssertionError("child exited " + process.exitValue() + "\nstdout: " + stdout() + "\nstderr: " + stderr());
        }
    }

    /** @return everything the finished child wrote to standard output */
    String stdout() {
        return joined(stdout);
    }

    /** @return everything the finished child wrote to standard error */
    String stderr() {
        return joined(stderr);
    }

    private static String joined(CompletableFuture<String> f) {
        try {
            return f.get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            return "(unavailable: " + e + ")";
        }
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
