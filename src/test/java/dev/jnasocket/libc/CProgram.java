package dev.jnasocket.libc;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A C program of src/test/c compiled with gcc into a temporary directory and run, for tests that compare Java with C. */
final class CProgram {
    private final Path binary;

    private CProgram(Path binary) {
        this.binary = binary;
    }

    /**
     * @param source a file under src/test/c
     * @param dir    where the binary goes
     * @return the compiled program
     */
    static CProgram compile(String source, Path dir) throws IOException, InterruptedException {
        Path bin = dir.resolve(source.replace(".c", ""));
        run(List.of("gcc", "-std=c11", "-Wall", "-Werror", "-o", bin.toString(),
                Path.of("src", "test", "c", source).toAbsolutePath().toString()), dir);
        return new CProgram(bin);
    }

    /** Runs it to completion; returns its standard output and error, mixed. */
    String run(Path dir, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(binary.toString()));
        cmd.addAll(List.of(args));
        return run(cmd, dir);
    }

    /** Runs it and splits each {@code key value} line at its first space. */
    Map<String, String> values(Path dir, String... args) throws IOException, InterruptedException {
        Map<String, String> m = new LinkedHashMap<>();
        for (String line : run(dir, args).split("\n")) {
            int space = line.indexOf(' ');
            m.put(space < 0 ? line : line.substring(0, space), space < 0 ? "" : line.substring(space + 1));
        }
        return m;
    }

    /** Runs a command to completion and returns its output; fails the test if it does not succeed. */
    static String run(List<String> command, Path dir) throws IOException, InterruptedException {
        Path output = Files.createTempFile(dir, "out", ".txt"); // a file, so a hung command cannot block a read
        Process p;
        try {
            p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        } catch (IOException e) {
            return fail("cannot run " + command.get(0) + " (" + e.getMessage() + "): this test needs it on the PATH"
                    + " (Debian/Ubuntu: apt-get install gcc python3)");
        }
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail(String.join(" ", command) + " did not finish in 60 s");
        }
        String text = Files.readString(output);
        if (p.exitValue() != 0) {
            fail(String.join(" ", command) + " exited " + p.exitValue() + ":\n" + text);
        }
        return text;
    }
}
