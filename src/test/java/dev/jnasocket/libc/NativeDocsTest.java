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
import java.util.Set;
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
    private static final List<String> CALLS = List.of("socket", "bind", "listen", "accept", "connect", "send", "recv", "close",
            "shutdown", "getaddrinfo", "setsockopt", "sendto", "poll", "socketpair", "fcntl");
    /** The pages after the eight calls: their examples are also run, not only compiled. */
    private static final List<String> RUN = List.of("shutdown", "getaddrinfo", "setsockopt", "sendto", "poll", "socketpair",
            "fcntl", "fork");
    private static final List<String> FORK_SECTIONS = List.of("## C", "## Three lines to leave out", "## Example", "## Trace");
    private static final List<String> SECTIONS = List.of("## C", "## Java (raw layer)",
            "## Python, and the Python-style layer", "## Errors", "## On macOS", "## Example", "## Trace");

    private static final String BEGIN = "<!-- BEGIN GENERATED from ConstantTable.ROWS by NativeDocsTest: do not edit. -->\n";
    private static final String END = "<!-- END GENERATED -->\n";
    private static final String REGENERATE = "mvn -q -Dtest=NativeDocsTest -Dnative-docs.write=true test";

    private static final Pattern FENCED = Pattern.compile("^```(\\w*)\\n(.*?)^```$", Pattern.DOTALL | Pattern.MULTILINE);
    private static final Pattern SIGNATURE = Pattern.compile("public static (\\S+) (\\w+)\\((.*)\\)");
    private static final Pattern LIBC_NAME = Pattern.compile("\\bLibC\\.(\\w+)");
    private static final Pattern MD_LINK = Pattern.compile("\\]\\(([^)#:\\s]+\\.(?:md|svg))(#[^)]*)?\\)");
    /** A call named in a picture: {@code accept()}. */
    private static final Pattern CALL_IN_PICTURE = Pattern.compile("\\b(\\w+)\\(\\)");

    /** The constants as a Markdown table, one row per {@link ConstantTable} row, in its order. */
    static String constantsTable() {
        StringBuilder t = new StringBuilder("| name | Linux | macOS | header |\n|---|---|---|---|\n");
        for (ConstantTable.Row row : ConstantTable.ROWS) {
            String header = "`<" + row.header() + ">`";
            if (row.def() == ConstantTable.Def.CPYTHON) {
                header += " lacks it: CPython's value";
            } else if (!row.c().equals(row.name())) {
                header += " as `" + row.c() + "`";
            }
            t.append("| `").append(row.name()).append("` | ").append(value(row.linux())).append(" | ")
                    .append(value(row.macos())).append(" | ").append(header).append(" |\n");
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
        String fork = pages.get("fork.md");
        assertThat("fork.md exists", fork, is(notNullValue()));
        assertThat("fork.md sections", fork.lines().filter(l -> l.startsWith("## ")).toList(), equalTo(FORK_SECTIONS));
        String index = pages.get("README.md");
        assertThat("native-docs/README.md exists", index, is(notNullValue()));
        for (String name : pages.keySet()) {
            if (!name.equals("README.md")) {
                assertThat("README.md links " + name, index, containsString("](" + name + ")"));
            }
        }
    }

    /** Every Markdown page under native-docs, lessons included. */
    private static List<Path> allPages() throws IOException {
        try (Stream<Path> files = Files.walk(DOCS)) {
            return files.filter(p -> p.toString().endsWith(".md")).sorted().toList();
        }
    }

    @Test
    void everyLinkBetweenPagesResolves() throws IOException {
        for (Path page : allPages()) {
            Matcher m = MD_LINK.matcher(read(page));
            while (m.find()) {
                Path target = page.getParent().resolve(m.group(1)).normalize();
                assertTrue(Files.isRegularFile(target), page + " links " + m.group(1) + ", which does not exist");
            }
        }
    }

    @Test
    void thePicturesAreSvgShownByAPageAndNameOnlyCallsLibCHas() throws Exception {
        List<Path> pictures;
        try (Stream<Path> files = Files.list(DOCS)) {
            pictures = files.filter(p -> p.toString().endsWith(".svg")).sorted().toList();
        }
        assertThat(pictures.stream().map(p -> p.getFileName().toString()).toList(),
                hasItems("tcp-call-sequence.svg", "tcp-states.svg"));
        String everyPage = allPages().stream().map(NativeDocsTest::read).collect(Collectors.joining("\n"));
        Set<String> methods = Arrays.stream(LibC.class.getMethods()).map(java.lang.reflect.Method::getName).collect(Collectors.toSet());
        for (Path svg : pictures) {
            String name = svg.getFileName().toString();
            assertThat("a page shows " + name, everyPage, containsString("(" + name + ")"));
            javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            org.w3c.dom.Document doc = f.newDocumentBuilder().parse(svg.toFile());
            assertThat(name + " is an SVG", doc.getDocumentElement().getLocalName(), is("svg"));
            org.w3c.dom.NodeList texts = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
            List<String> calls = new ArrayList<>();
            for (int i = 0; i < texts.getLength(); i++) {
                Matcher m = CALL_IN_PICTURE.matcher(texts.item(i).getTextContent());
                while (m.find()) {
                    calls.add(m.group(1));
                }
            }
            assertThat(name + " names calls", calls, hasItems("accept", "connect", "close"));
            for (String call : calls) {
                assertThat(name + " names " + call + "()", methods, hasItem(call));
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
                        + Arrays.stream(m.getParameterTypes()).map(NativeDocsTest::typeName).collect(Collectors.joining(", ")) + ")")
                .toList();
    }

    /** A type as a page writes it: {@code int[]}, {@code String}, {@code sockaddr}, {@code pollfd.Array}. */
    private static String typeName(Class<?> c) {
        if (c.isArray()) {
            return typeName(c.getComponentType()) + "[]";
        }
        String n = c.getCanonicalName();
        String pkg = c.isArray() || c.isPrimitive() ? "" : c.getPackageName();
        return pkg.isEmpty() ? n : n.substring(pkg.length() + 1);
    }

    @Test
    void everyLibCNameOnAPageExists() throws IOException {
        List<String> members = new ArrayList<>();
        Arrays.stream(LibC.class.getMethods()).filter(m -> Modifier.isStatic(m.getModifiers())).forEach(m -> members.add(m.getName()));
        Arrays.stream(LibC.class.getFields()).forEach(f -> members.add(f.getName()));
        for (Path page : allPages()) {
            Matcher m = LIBC_NAME.matcher(read(page));
            while (m.find()) {
                assertTrue(members.contains(m.group(1)), page + " names LibC." + m.group(1) + ", which LibC does not have");
            }
        }
    }

    @Test
    void everyExampleOnACallPageCompiles(@TempDir Path out) throws IOException, URISyntaxException {
        compileExamples(out);
    }

    /** Compiles the example of every call page and of fork.md into {@code out}, as classes {@code Example_NAME}. */
    private static void compileExamples(Path out) throws IOException, URISyntaxException {
        Map<String, String> pages = pages();
        List<JavaFileObject> sources = new ArrayList<>();
        List<String> all = new ArrayList<>(CALLS);
        all.add("fork");
        for (String call : all) {
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

    @Test
    void theExamplesOfThePagesAfterTheEightCallsRun(@TempDir Path out) throws Exception {
        compileExamples(out);
        try (java.net.URLClassLoader loader = new java.net.URLClassLoader(new java.net.URL[] {out.toUri().toURL()},
                NativeDocsTest.class.getClassLoader())) {
            for (String page : RUN) {
                java.lang.reflect.Method run = loader.loadClass("Example_" + page).getDeclaredMethod("run");
                run.setAccessible(true);
                Throwable[] failure = new Throwable[1];
                Thread t = new Thread(() -> {
                    try {
                        run.invoke(null);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        failure[0] = e.getCause();
                    } catch (ReflectiveOperationException e) {
                        failure[0] = e;
                    }
                }, "example-" + page);
                t.setDaemon(true);
                t.start();
                t.join(20_000);
                assertThat(page + ".md's example ends within 20 s", t.isAlive(), is(false));
                if (failure[0] != null) {
                    throw new AssertionError(page + ".md's example failed: " + failure[0], failure[0]);
                }
            }
        }
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
