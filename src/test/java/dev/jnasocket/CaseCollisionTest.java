package dev.jnasocket;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

import com.sun.jna.Native;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The tree's hygiene. No two names differ only by case: macOS's and Windows' default file systems are case-insensitive,
 * so a clone there keeps one of two such files, and a jar unpacked there (or a class directory)
 * holds one of two such classes. Checked for the tracked paths and for everything the jars are
 * made of (this build's classes and JNA's jar, which the executable jar carries). And no file
 * names an internal issue number: code, comments and docs say what and why.
 */
class CaseCollisionTest {
    /**
     * Every group of names that differ only by case, directories included: {@code a/B/x} and
     * {@code a/b/y} collide as directories.
     *
     * @param paths slash-separated relative names, directories with or without a trailing slash
     * @return each colliding group, sorted; empty when none collide
     */
    static List<List<String>> caseCollisions(Collection<String> paths) {
        TreeSet<String> names = new TreeSet<>();
        for (String p : paths) {
            String path = p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
            for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
                names.add(path.substring(0, slash)); // each directory on the way
            }
            if (!path.isEmpty()) {
                names.add(path);
            }
        }
        Map<String, List<String>> byFolded = new TreeMap<>();
        for (String n : names) {
            byFolded.computeIfAbsent(n.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(n);
        }
        return byFolded.values().stream().filter(g -> g.size() > 1).toList();
    }

    @Test
    void theCheckFindsWhatACaseInsensitiveFileSystemWouldMerge() {
        assertThat(caseCollisions(List.of("src/socket.java", "src/Socket.java", "README.md")),
                contains(List.of("src/Socket.java", "src/socket.java")));
        assertThat(caseCollisions(List.of("Bench/run", "bench/micro.c")), contains(List.of("Bench", "bench")));
        assertThat(caseCollisions(List.of("META-INF/", "meta-inf/MANIFEST.MF")), contains(List.of("META-INF", "meta-inf")));
        assertThat(caseCollisions(List.of("a/b.java", "a/c.java", "b/b.java", "A.txt")), is(empty()));
    }

    @Test
    void noTwoTrackedPathsDifferOnlyByCase() throws Exception {
        List<String> tracked = trackedPaths();
        assertThat("tracked paths found", tracked, hasItem("pom.xml"));
        assertThat(caseCollisions(tracked), is(empty()));
    }

    @Test
    void noTwoJarEntriesDifferOnlyByCase() throws Exception {
        List<String> entries = new ArrayList<>();
        Path classes = location(socket.class);
        try (Stream<Path> s = Files.walk(classes)) {
            s.filter(p -> !p.equals(classes)).forEach(p -> entries.add(classes.relativize(p).toString().replace('\\', '/')));
        }
        try (JarFile jna = new JarFile(location(Native.class).toFile())) {
            jna.stream().forEach(e -> entries.add(e.getName()));
        }
        assertThat("the classes and JNA's entries were read", entries,
                allOf(hasItem("dev/jnasocket/socket.class"), hasItem("com/sun/jna/Native.class")));
        assertThat(caseCollisions(entries), is(empty()));
    }

    /** An internal issue number, as a planning note would write it: the word, then a number or #number. */
    static final Pattern ISSUE_NUMBER = Pattern.compile("(?i)\\bissue #?[0-9]");
    /** The word, split so that this file does not name a number itself. */
    private static final String WORD = "iss" + "ue";

    @Test
    void noInternalIssueNumbersInTheTree() throws Exception {
        assertThat(ISSUE_NUMBER.matcher("the targets of " + WORD + " 5").find(), is(true));
        assertThat(ISSUE_NUMBER.matcher("(I" + WORD.substring(1) + " #12, item 3)").find(), is(true));
        assertThat(ISSUE_NUMBER.matcher("an " + WORD + " tracker; t" + WORD + " 3").find(), is(false));
        Path root = Path.of("").toAbsolutePath();
        List<String> found = new ArrayList<>();
        for (String p : trackedPaths()) {
            Path f = root.resolve(p);
            if (Files.isRegularFile(f)) {
                String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                if (ISSUE_NUMBER.matcher(text).find()) {
                    found.add(p);
                }
            }
        }
        assertThat("files naming an internal issue number (say what, not which issue)", found, is(empty()));
    }

    private static Path location(Class<?> c) throws URISyntaxException {
        return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    /** {@code git ls-files}; outside a git checkout (a source archive), every file of the tree but the build's output. */
    private static List<String> trackedPaths() throws IOException, InterruptedException {
        Path root = Path.of("").toAbsolutePath();
        if (Files.exists(root.resolve(".git"))) {
            Process git = new ProcessBuilder("git", "ls-files", "-z").directory(root.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat("git ls-files finished", git.waitFor(20, TimeUnit.SECONDS), is(true));
            if (git.exitValue() == 0) {
                return List.of(out.split("\0"));
            }
        }
        try (Stream<Path> s = Files.walk(root)) {
            return s.map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.isEmpty() && !p.equals("target") && !p.startsWith("target/")
                            && !p.equals(".git") && !p.startsWith(".git/"))
                    .toList();
        }
    }
}
