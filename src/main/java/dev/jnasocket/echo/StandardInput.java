package dev.jnasocket.echo;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code echo-client -}: the lines of standard input, as bytes (nothing is decoded, so nothing is
 * replaced), after checking that standard input is something to read.
 */
final class StandardInput {
    private StandardInput() {}

    /** What cannot be read; its message is the CLI's one line. */
    static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String message) {
            super(message);
        }
    }

    /**
     * Why fd 0 is not standard input worth sending, or null. A directory cannot be read. When the
     * process was started with fd 0 closed, the JVM's first own file (its {@code lib/modules}, a
     * jar of the class path) takes the number: reading it would send that file.
     *
     * @return the problem in a few words, or null when fd 0 looks like a real standard input
     */
    static String problem() {
        BasicFileAttributes fd0;
        try {
            fd0 = Files.readAttributes(Path.of("/dev/fd/0"), BasicFileAttributes.class);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return null; // the read will say what is wrong
        }
        if (fd0.isDirectory()) {
            return "standard input is a directory";
        }
        if (fd0.isRegularFile() && fd0.fileKey() != null) {
            for (Path own : jvmOwnFiles()) {
                try {
                    if (fd0.fileKey().equals(Files.readAttributes(own, BasicFileAttributes.class).fileKey())) {
                        return "standard input is closed (fd 0 is " + own + ", which the JVM opened itself)";
                    }
                } catch (IOException | SecurityException gone) {
                    // not there: not it
                }
            }
        }
        return null;
    }

    private static List<Path> jvmOwnFiles() {
        List<Path> files = new ArrayList<>();
        files.add(Path.of(System.getProperty("java.home"), "lib", "modules"));
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                files.add(Path.of(entry));
            }
        }
        return files;
    }

    /**
     * Reads every line, split at {@code \n} (a {@code \r} before it is dropped too); a last line
     * without {@code \n} counts.
     *
     * @param in       standard input
     * @param maxTotal the most bytes it may hold in all
     * @return the lines' bytes
     * @throws Unreadable if it is not something to read, cannot be read, or is longer than {@code maxTotal}
     */
    static List<byte[]> lines(InputStream in, long maxTotal) throws Unreadable {
        String problem = problem();
        if (problem != null) {
            throw new Unreadable(problem);
        }
        List<byte[]> lines = new ArrayList<>();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        long total = 0;
        try {
            for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                total += n;
                if (total > maxTotal) {
                    throw new Unreadable("standard input is longer than " + maxTotal + " bytes");
                }
                for (int i = 0; i < n; i++) {
                    if (buf[i] == '\n') {
                        lines.add(withoutCr(line.toByteArray()));
                        line.reset();
                    } else {
                        line.write(buf[i]);
                    }
                }
            }
        } catch (IOException e) {
            throw new Unreadable("cannot read standard input: " + e.getMessage());
        }
        if (line.size() > 0) {
            lines.add(withoutCr(line.toByteArray()));
        }
        return lines;
    }

    private static byte[] withoutCr(byte[] line) {
        return line.length > 0 && line[line.length - 1] == '\r' ? Arrays.copyOf(line, line.length - 1) : line;
    }
}
