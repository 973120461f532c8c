package dev.jnasocket.libc;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps {@code native-docs/} true to the code: the constants page holds exactly the table
 * generated from {@link ConstantTable}; every call page exists, has its sections and is linked
 * from the index; every {@code LibC} signature and {@code LibC.name} on a page exists; every
 * example compiles against the library.
 */
class NativeDocsTest {
    private static final Path DOCS = Path.of("native-docs");
    private static final List<String> CALLS = List.of("socket", "bind", "listen", "accept", "connect", "send", "recv", "close");
    private static final List<String> SECTIONS = List.of("## C", "## Java (raw layer)",
            "## Python, and the Python-style layer", "## Errors", "## On macOS", "## Example", "## Trace");

    private static final String BEGIN = "<!-- BEGIN GENERATED from ConstantTable.ROWS by NativeDocsTest: do not edit. -->\n";
    private static final String END = "<!-- END GENERATED -->\n";
    private static final String REGENERATE = "mvn -q -Dtest=NativeDocsTest -Dnative-docs.write=true test";

    private static final Pattern FENCED = Pattern.compile("^```(\\w*)\\n(.*?)^```$", Pattern.DOTALL | Pattern.MULTILINE);
    private static final Pattern SIGNATURE = Pattern.compile("public static (\\S+) (\\w+)\\((.*)\\)");
    private static final Pattern LIBC_NAME = Pattern.compile("\\bLibC\\.(\\w+)");
    private static final Pattern MD_LINK = Pattern.compile("\\]\\(([^)#:\\s]+\\.md)(#[^)]*)?\\)");

    /** The constants as a Markdown table, one row per {@link ConstantTable} row, in its order. */
    static String constantsTable() {
        StringBuilder t = new StringBuilder("| name | Linux | macOS | header |\n|---|---|---|---|\n");
        for (ConstantTable.Row row : ConstantTable.ROWS) {
            t.append("| `").append(row.name()).append("` | ").append(value(row.linux())).append(" | ")
                    .append(value(row.macos())).append(" | `<").append(row.header()).append(">` |\n");
        }
        return t.toString();
    }

    /** Decimal as Java holds it; from 256 up (or below -256) also the hex the headers mostly use. */
    private static String value(Integer v) {
        if (v == null) {
            return "—";
        }
        return v >= 256 || v < -256 ? v + " (0x" + Integer.toHexString(v) + ")" : Integer.toString(v);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new AssertionError("cannot read " + p + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, String> pages() throws IOException {
        try (Stream<Path> files = Files.list(DOCS)) {
            return files.filter(p -> p.toString().endsWith(".md"))
                    .collect(Collectors.toMap(p -> p.getFileName().toString(), NativeDocsTest::read, (a, b) -> a, TreeMap::new));
        }
    }

    private static List<String> blocks(String page, String language) {
        List<String> out = new ArrayList<>();
        Matcher m = FENCED.matcher(page);
        while (m.find()) {
            if (m.group(1).equals(language)) {
                out.add(m.group(2));
            }
        }
        return out;
    }

    /** A java block made only of declarations (the "Java (raw layer)" section), not an example. */
    private static boolean isSignatureBlock(String block) {
        return block.lines().filter(l -> !l.isBlank()).allMatch(l -> SIGNATURE.matcher(l).matches());
    }

    @Test
    void constantsPageHoldsTheTableGeneratedFromConstantTable() throws IOException {
        Path file = DOCS.resolve("constants.md");
        String text = read(file);
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        String fresh = constantsTable();
        if (Boolean.getBoolean("native-docs.write")) {
            String head = begin >= 0 ? text.substring(0, begin) : text;
            String tail = end >= 0 ? text.substring(end + END.length()) : "";
            text = head + BEGIN + fresh + END + tail;
            Files.writeString(file, text);
            begin = text.indexOf(BEGIN);
            end = text.indexOf(END);
        }
        assertTrue(begin >= 0 && end > begin, file + " lacks the generated-table markers; to write them: " + REGENERATE);
        assertEquals(fresh, text.substring(begin + BEGIN.length(), end),
                file + " is out of date with ConstantTable; regenerate it with: " + REGENERATE);
    }

    @Test
    void everyCallPageExistsWithItsSectionsAndTheIndexLinksEveryPage() throws IOException {
        Map<String, String> pages = pages();
        for (String call : CALLS) {
            String page = pages.get(call + ".md");
            assertThat(call + ".md exists", page, is(notNullValue()));
            List<String> headings = page.lines().filter(l -> l.startsWith("## ")).toList();
            assertThat(call + ".md sections", headings, equalTo(SECTIONS));
            assertThat(call + ".md opens with its call", page, startsWith("# " + call + ": "));
        }
        String index = pages.get("README.md");
        assertThat("native-docs/README.md exists", index, is(notNullValue()));
        for (String name : pages.keySet()) {
            if (!name.equals("README.md")) {
                assertThat("README.md links " + name, index, containsString("](" + name + ")"));
            }
        }
    }

    @Test
    void everyLinkBetweenPagesResolves() throws IOException {
        for (Map.Entry<String, String> page : pages().entrySet()) {
            Matcher m = MD_LINK.matcher(page.getValue());
            while (m.find()) {
                Path target = DOCS.resolve(m.group(1)).normalize();
                assertTrue(Files.isRegularFile(target), page.getKey() + " links " + m.group(1) + ", which does not exist");
            }
        }
    }

    @Test
    void everySignatureOnACallPageIsExactlyAMethodOfLibC() throws IOException {
        Map<String, String> pages = pages();
        for (String call : CALLS) {
            List<String> signatures = blocks(pages.get(call + ".md"), "java").stream()
                    .filter(NativeDocsTest::isSignatureBlock).flatMap(String::lines).filter(l -> !l.isBlank()).toList();
            assertThat(call + ".md shows the binding's signature", signatures,
                    hasItem(containsString(" " + call + "(")));
            for (String s : signatures) {
                assertThat(call + ".md: " + s, libcSignatures(), hasItem(types(s)));
            }
        }
    }

    /**
     * A page's signature reduced to what reflection can see: return type, name and parameter
     * types ({@code long send(int, byte[], long, int)}); parameter names are not in the class files.
     */
    private static String types(String signature) {
        Matcher m = SIGNATURE.matcher(signature);
        assertTrue(m.matches(), signature);
        List<String> params = new ArrayList<>();
        for (String p : m.group(3).split(",")) {
            String t = p.strip();
            params.add(t.isEmpty() ? "" : t.substring(0, t.lastIndexOf(' ')));
        }
        return m.group(1) + " " + m.group(2) + "(" + String.join(", ", params) + ")";
    }

    /** Every public static method of LibC, as {@link #types} writes it. */
    private static List<String> libcSignatures() {
        return Arrays.stream(LibC.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers()))
                .map(m -> m.getReturnType().getSimpleName() + " " + m.getName() + "("
                        + Arrays.stream(m.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(", ")) + ")")
                .toList();
    }

    @Test
    void everyLibCNameOnAPageExists() throws IOException {
        List<String> members = new ArrayList<>();
        Arrays.stream(LibC.class.getMethods()).filter(m -> Modifier.isStatic(m.getModifiers())).forEach(m -> members.add(m.getName()));
        Arrays.stream(LibC.class.getFields()).forEach(f -> members.add(f.getName()));
        for (Map.Entry<String, String> page : pages().entrySet()) {
            Matcher m = LIBC_NAME.matcher(page.getValue());
            while (m.find()) {
                assertTrue(members.contains(m.group(1)), page.getKey() + " names LibC." + m.group(1) + ", which LibC does not have");
            }
        }
    }

    @Test
    void everyExampleOnACallPageCompiles(@TempDir Path out) throws IOException, URISyntaxException {
        Map<String, String> pages = pages();
        List<JavaFileObject> sources = new ArrayList<>();
        for (String call : CALLS) {
            List<String> examples = blocks(pages.get(call + ".md"), "java").stream().filter(b -> !isSignatureBlock(b)).toList();
            assertThat(call + ".md has one example", examples, hasSize(1));
            sources.add(exampleSource("Example_" + call, examples.get(0)));
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertThat("the examples are compiled with the JDK's compiler", javac, is(notNullValue()));
        String classpath = codeSource(LibC.class) + File.pathSeparator + codeSource(com.sun.jna.Native.class);
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        boolean ok = javac.getTask(null, null, diagnostics,
                List.of("-d", out.toString(), "-classpath", classpath, "-proc:none", "-Xlint:none"), null, sources).call();
        String report = diagnostics.getDiagnostics().stream()
                .map(d -> d.getSource().getName() + ":" + d.getLineNumber() + ": " + d.getMessage(null))
                .collect(Collectors.joining("\n"));
        assertTrue(ok, "an example in native-docs does not compile (line numbers count the import lines"
                + " first, then 2 wrapper lines):\n" + report);
    }

    /** An example's statements as the body of a method, its import lines at the top of the file. */
    private static JavaFileObject exampleSource(String className, String example) {
        String imports = example.lines().filter(l -> l.startsWith("import ")).collect(Collectors.joining("\n"));
        String body = example.lines().filter(l -> !l.startsWith("import ")).collect(Collectors.joining("\n"));
        String code = imports + "\nclass " + className + " {\nstatic void run() throws Exception {\n" + body + "\n}\n}\n";
        return new SimpleJavaFileObject(URI.create("string:///" + className + ".java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return code;
            }
        };
    }

    private static String codeSource(Class<?> c) throws URISyntaxException {
        return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}
