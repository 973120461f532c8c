package dev.jnasocket.lessons;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

import dev.jnasocket.JavaCommand;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every lesson of {@code native-docs/lessons} runs, with the jar's classes alone, in a child
 * JVM with the trace on, and its page still tells the truth: the program it names exists, each
 * line of its "What it prints" block is printed, and each call of its "What the trace shows"
 * block is traced (descriptor numbers, ports and the threads' interleaving may differ from run
 * to run, so numbers and thread tags are left out of the comparison, and a call shown as
 * unfinished then resumed counts as the one call).
 */
class LessonsTest {
    private static final Path PAGES = Path.of("native-docs", "lessons");
    private static final List<String> SECTIONS = List.of("## Run", "## What it prints", "## What the trace shows", "## What to try");
    private static final Pattern FENCED = Pattern.compile("^```(\\w*)\\n(.*?)^```$", Pattern.DOTALL | Pattern.MULTILINE);
    private static final Pattern TAG = Pattern.compile("^\\[[^\\]]+\\] ");
    private static final Pattern RESUMED = Pattern.compile("^<\\.\\.\\. (\\w+) resumed>(.*)$");
    private static final String UNFINISHED = " <unfinished ...>";

    private static List<Path> lessonPages() throws IOException {
        try (Stream<Path> s = Files.list(PAGES)) {
            return s.filter(p -> p.getFileName().toString().matches("L\\d+_\\w+\\.md")).sorted().toList();
        }
    }

    private static String block(String page, String language) {
        Matcher m = FENCED.matcher(page);
        while (m.find()) {
            if (m.group(1).equals(language)) {
                return m.group(2);
            }
        }
        throw new AssertionError("no ```" + language + " block");
    }

    private static String numbersOut(String s) {
        return s.replaceAll("\\d+", "N");
    }

    /**
     * The calls of a trace as whole lines, without thread tags: an unfinished line and its
     * resumed line (of the same thread) become the one line strace prints for a call that did
     * not wait; an unfinished line with no resumed line stays as its first half (ending "...").
     */
    static List<String> wholeCalls(List<String> lines) {
        Map<String, String> open = new HashMap<>();   // thread tag -> unfinished first half
        List<String> out = new ArrayList<>();
        for (String raw : lines) {
            Matcher tag = TAG.matcher(raw);
            String thread = tag.find() ? tag.group() : "";
            String line = raw.substring(thread.length());
            Matcher resumed = RESUMED.matcher(line);
            if (line.endsWith(UNFINISHED)) {
                open.put(thread, line.substring(0, line.length() - UNFINISHED.length()));
            } else if (resumed.matches() && open.containsKey(thread)) {
                out.add(open.remove(thread) + resumed.group(2));
            } else if (!resumed.matches()) {
                out.add(line);
            }
        }
        open.values().forEach(first -> out.add(first + "..."));
        return out;
    }

    /** A getaddrinfo line is compared up to its answers (a machine's /etc/hosts may list more addresses). */
    private static String comparable(String call) {
        String n = numbersOut(call);
        return n.startsWith("getaddrinfo(") && n.contains("}, [") ? n.substring(0, n.indexOf("}, [") + 1) : n;
    }

    private static String mainClasspath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(p -> p.endsWith("classes") && !p.endsWith("test-classes") || p.contains(File.separator + "jna" + File.separator))
                .collect(Collectors.joining(File.pathSeparator));
    }

    @Test
    void theIndexLinksEveryLessonAndEveryLessonIsAProgram() throws IOException, ClassNotFoundException {
        String index = Files.readString(PAGES.resolve("README.md"));
        List<Path> pages = lessonPages();
        assertThat(pages.size(), is(5));
        for (Path p : pages) {
            String name = p.getFileName().toString().replace(".md", "");
            assertThat("README.md links " + name, index, containsString("](" + name + ".md)"));
            Class<?> program = Class.forName("dev.jnasocket.lessons." + name);
            assertThat(name + " has a main", Arrays.stream(program.getMethods()).anyMatch(m -> m.getName().equals("main")), is(true));
            String page = Files.readString(p);
            assertThat(name + ".md sections", page.lines().filter(l -> l.startsWith("## ")).toList(), equalTo(SECTIONS));
            assertThat(name + ".md says how to run it with the jar", block(page, ""),
                    containsString("-cp target/jna-socket.jar dev.jnasocket.lessons." + name));
        }
    }

    @Test
    void everyLessonRunsAndDoesWhatItsPageShows(@TempDir Path dir) throws Exception {
        for (Path p : lessonPages()) {
            String name = p.getFileName().toString().replace(".md", "");
            String page = Files.readString(p);
            Path trace = dir.resolve(name + ".trace");
            Path out = dir.resolve(name + ".out");
            Path err = dir.resolve(name + ".err");
            List<String> cmd = JavaCommand.command(mainClasspath());
            cmd.addAll(List.of("-Xmx128m", "-XX:TieredStopAtLevel=1",
                    "-Djnasocket.trace=true", "-Djnasocket.trace.file=" + trace, "dev.jnasocket.lessons." + name));
            Process child = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            boolean ended = child.waitFor(60, TimeUnit.SECONDS);
            if (!ended) {
                child.destroyForcibly();
            }
            assertThat(name + " ends within 60 s", ended, is(true));
            assertThat(name + " exit status; stderr: " + Files.readString(err), child.exitValue(), is(0));

            List<String> printed = Files.readAllLines(out).stream().map(LessonsTest::numbersOut).toList();
            for (String line : block(page, "output").lines().toList()) {
                assertThat(name + " prints", printed, hasItem(numbersOut(line)));
            }
            List<String> traced = wholeCalls(Files.readAllLines(trace)).stream().map(LessonsTest::comparable).toList();
            for (String call : wholeCalls(block(page, "trace").lines().toList())) {
                String c = comparable(call);
                if (c.endsWith("...")) {
                    String start = c.substring(0, c.length() - 3);
                    assertThat(name + " traces a call starting " + start, traced, hasItem(startsWith(start)));
                } else {
                    assertThat(name + " traces", traced, hasItem(c));
                }
            }
        }
    }

    @Test
    void unfinishedAndResumedLinesOfOneThreadMakeOneCall() {
        assertThat(wholeCalls(List.of(
                        "[server] accept(3,  <unfinished ...>",
                        "[client] connect(5, {x}, 16 <unfinished ...>",
                        "[server] <... accept resumed>{y}, [16]) = 4",
                        "[client] <... connect resumed>) = 0",
                        "close(4) = 0",
                        "[server] recv(4,  <unfinished ...>")),
                contains("accept(3, {y}, [16]) = 4", "connect(5, {x}, 16) = 0", "close(4) = 0", "recv(4, ..."));
    }
}
