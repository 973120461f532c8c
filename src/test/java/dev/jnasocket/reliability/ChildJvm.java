package dev.jnasocket.reliability;

import dev.jnasocket.JavaCommand;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A Java program from this build run as a child process (the running JVM's own {@code java}, see
 * {@link JavaCommand}),
 * optionally under a shell prefix such as {@code sh -c 'ulimit -n 64 && exec "$0" "$@"'}. Its stdout lines can be
 * awaited one by one, stderr is collected, and {@link #close()} kills it whatever happened.
 */
final class ChildJvm implements AutoCloseable {
    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final CompletableFuture<String> stderr;

    /**
     * @param prefix    a command to run java under (e.g. sh -c 'ulimit ...'), or empty
     * @param classpath the child's class path
     * @param env       extra environment, as NAME=value
     * @param mainAndArgs the main class and its arguments
     */
    ChildJvm(List<String> prefix, String classpath, List<String> env, String... mainAndArgs) throws IOException {
        this(List.of(), prefix, classpath, env, mainAndArgs);
    }

    /**
     * @param jvmOptions options after the defaults (so e.g. {@code -Xmx64m} replaces the default heap)
     * @param prefix    a command to run java under (e.g. sh -c 'ulimit ...'), or empty
     * @param classpath the child's class path
     * @param env       extra environment, as NAME=value
     * @param mainAndArgs the main class and its arguments
     */
    ChildJvm(List<String> jvmOptions, List<String> prefix, String classpath, List<String> env, String... mainAndArgs)
            throws IOException {
        List<String> cmd = new ArrayList<>(prefix);
        cmd.addAll(JavaCommand.command(classpath));
        cmd.addAll(List.of("-Xmx128m", "-XX:TieredStopAtLevel=1"));
        cmd.addAll(jvmOptions);
        cmd.addAll(Arrays.asList(mainAndArgs));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().remove("JNASOCKET_TRACE");
        for (String e : env) {
            int eq = e.indexOf('=');
            pb.environment().put(e.substring(0, eq), e.substring(eq + 1));
        }
        process = pb.start();
        process.getOutputStream().close();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        Thread t = new Thread(() -> out.lines().forEach(lines::add), "child stdout");
        t.setDaemon(true);
        t.start();
        BufferedReader err = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
        // Own threads, not the common pool: on a small machine it runs one task at a time, and a
        // test's own tasks would wait behind this drain until the child exits.
        stderr = new CompletableFuture<>();
        Thread e = new Thread(() -> stderr.complete(err.lines().collect(Collectors.joining("\n"))), "child stderr");
        e.setDaemon(true);
        e.start();
    }

    /** @return the test JVM's class path */
    static String testClasspath() {
        return System.getProperty("java.class.path");
    }

    /** @return only this project's main classes and JNA: a child with few fds to spare opens no other jar */
    static String mainClasspath() {
        return Arrays.stream(testClasspath().split(java.io.File.pathSeparator))
                .filter(p -> p.endsWith("classes") && !p.endsWith("test-classes") || p.contains("/jna/"))
                .collect(Collectors.joining(java.io.File.pathSeparator));
    }

    /** @return the next stdout line, or null if none came within the time */
    String nextLine(long millis) throws InterruptedException {
        return lines.poll(millis, TimeUnit.MILLISECONDS);
    }

    /** @return the process id */
    long pid() {
        return process.pid();
    }

    /** @return whether it is still running */
    boolean alive() {
        return process.isAlive();
    }

    /** Waits for the exit and returns stderr. */
    String awaitExit(long millis) throws Exception {
        if (!process.waitFor(millis, TimeUnit.MILLISECONDS)) {
            throw new AssertionError("child did not exit in " + millis + " ms");
        }
        return stderr.get(5, TimeUnit.SECONDS);
    }

    /** @return the exit status, once {@link #awaitExit} has returned */
    int exitValue() {
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(5, TimeUnit.SECONDS);
    }
}
