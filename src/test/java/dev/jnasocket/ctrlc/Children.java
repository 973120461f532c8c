package dev.jnasocket.ctrlc;

import dev.jnasocket.JavaCommand;
import dev.jnasocket.libc.LibC;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Child processes that get Ctrl-C: started with SIGINT at its default action (a child inherits
 * an ignored SIGINT, as under a shell's background job, and neither CPython nor the JVM would
 * handle it then), sent SIGINT when they print a given line, and their standard output, standard
 * error and exit status collected. Every wait is bounded.
 */
public final class Children {
    private Children() {}

    /** What a child printed and how it ended. */
    public record Run(List<String> out, String err, int status) {}

    private static final String DEFAULT_SIGINT =
            "import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); os.execvp(sys.argv[1], sys.argv[1:])";

    /**
     * @param script a Python file and its arguments
     * @return {@code python3 -u script args...}
     */
    public static List<String> python(String... script) {
        List<String> cmd = new ArrayList<>(List.of("python3", "-u"));
        cmd.addAll(List.of(script));
        return cmd;
    }

    /**
     * @param main the class to run
     * @param args its arguments
     * @return {@code java ... main args...} on the test class path
     */
    public static List<String> java(Class<?> main, String... args) {
        List<String> cmd = JavaCommand.command();
        cmd.add(main.getName());
        cmd.addAll(List.of(args));
        return cmd;
    }

    /**
     * Starts a child with SIGINT at its default action.
     *
     * @param cmd the command
     * @return the process
     * @throws IOException if it cannot start
     */
    public static Process start(List<String> cmd) throws IOException {
        List<String> full = new ArrayList<>(List.of("python3", "-c", DEFAULT_SIGINT));
        full.addAll(cmd);
        ProcessBuilder pb = new ProcessBuilder(full);
        pb.environment().put("PYTHONIOENCODING", "utf-8");
        return pb.start();
    }

    /**
     * Runs a child, sending it SIGINT each time it prints the next of {@code interruptAfter}
     * (300 ms later, so that it waits in its blocking call by then).
     *
     * @param cmd            the command
     * @param interruptAfter the lines after which to press Ctrl-C, in order
     * @return what it printed and its exit status
     * @throws Exception if it does not print a line or end in time
     */
    public static Run run(List<String> cmd, String... interruptAfter) throws Exception {
        Process p = start(cmd);
        try {
            BlockingQueue<String> lines = new LinkedBlockingQueue<>();
            Thread reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = r.readLine()) != null; ) {
                        lines.add(line);
                    }
                } catch (IOException e) {
                    // the child ended
                }
                lines.add("\u0000EOF");
            });
            reader.setDaemon(true);
            reader.start();
            StringBuilder errBuf = new StringBuilder();
            Thread errReader = new Thread(() -> {
                try {
                    errBuf.append(new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    // the child ended
                }
            });
            errReader.setDaemon(true);
            errReader.start();
            List<String> out = new ArrayList<>();
            for (String marker : interruptAfter) {
                while (true) {
                    String line = lines.poll(20, TimeUnit.SECONDS);
                    if (line == null || line.equals("\u0000EOF")) {
                        throw new AssertionError("child ended or went quiet before printing " + marker + "; printed " + out
                                + "; stderr " + errBuf);
                    }
                    out.add(line);
                    if (line.equals(marker)) {
                        break;
                    }
                }
                Thread.sleep(300);
                if (LibC.kill((int) p.pid(), 2) != 0) {
                    throw new AssertionError("kill(SIGINT) failed, errno " + LibC.errno());
                }
            }
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                throw new AssertionError("child did not end within 20 s after Ctrl-C; printed " + out);
            }
            reader.join(5000);
            errReader.join(5000);
            for (String line; (line = lines.poll()) != null && !line.equals("\u0000EOF"); ) {
                out.add(line);
            }
            synchronized (errBuf) {
                return new Run(out, errBuf.toString(), p.exitValue());
            }
        } finally {
            p.destroyForcibly();
        }
    }
}
