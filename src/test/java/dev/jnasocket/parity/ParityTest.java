package dev.jnasocket.parity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The parity harness: one scenario written twice, in Python and in Java, run against the
 * machine's CPython and this library, and their printed lines compared.
 *
 * <p>A subclass names a Python file under {@code src/test/python/parity/} with {@link #python()}
 * and holds one {@code static void} method annotated {@link Scenario} per function defined in
 * the Python file (those whose names start with {@code _} are helpers); the two carry the same name, the name of the
 * CPython test they follow ({@code testSockName}, or {@code GeneralModuleTests_testSockName}).
 * The Python file runs once per class through {@code runner.py}; each Java scenario runs in this
 * JVM with {@link System#out} captured, so it prints with {@code builtins.print} or
 * {@code System.out}. An exception that escapes a scenario prints, on both sides, as
 * {@code !!! Kind: message}: the class name (Python's {@code ValueError}, {@code TypeError} and
 * {@code OverflowError}, and Java's {@link IllegalArgumentException}, all as
 * {@code ArgumentError}, since the Java layer raises those three as one class).
 *
 * <p>Every Java scenario must have its Python twin and the other way round: a scenario present
 * on one side only fails the test named {@code scenarios pair up}.
 */
public abstract class ParityTest {
    /** Marks a Java scenario; its Python twin is the function of the same name. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    public @interface Scenario {}

    /** Where the Python halves live (Maven runs the tests from the project directory). */
    static final Path DIR = Path.of("src", "test", "python", "parity");

    /** @return the Python half's file name, relative to {@code src/test/python/parity/} */
    protected abstract String python();

    /**
     * One dynamic test per scenario, plus one that checks both sides have the same scenarios.
     *
     * @return the tests
     */
    @TestFactory
    Stream<DynamicTest> scenarios() throws Exception {
        Map<String, List<String>> expected = runPython(DIR.resolve(python()));
        List<Method> methods = new ArrayList<>();
        for (Method m : getClass().getDeclaredMethods()) {
            if (m.isAnnotationPresent(Scenario.class)) {
                methods.add(m);
            }
        }
        methods.sort((a, b) -> a.getName().compareTo(b.getName()));
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest("scenarios pair up", () -> {
            List<String> java = new ArrayList<>();
            for (Method m : methods) {
                java.add(m.getName());
            }
            List<String> py = new ArrayList<>(expected.keySet());
            py.sort(null);
            assertEquals(py, java, "Python scenarios (expected) and Java scenarios (actual) of " + python());
        }));
        for (Method m : methods) {
            tests.add(DynamicTest.dynamicTest(m.getName(), () -> {
                List<String> want = expected.get(m.getName());
                if (want == null) {
                    throw new AssertionError("no Python twin for " + m.getName() + " in " + python());
                }
                assertEquals(String.join("\n", want), String.join("\n", runJava(m)),
                        "what CPython printed (expected) and what Java printed (actual) in " + m.getName());
            }));
        }
        return tests.stream();
    }

    /** Runs one Java scenario with standard output captured; at most ten seconds. */
    static List<String> runJava(Method m) {
        if (!Modifier.isStatic(m.getModifiers())) {
            throw new AssertionError(m + " must be static");
        }
        m.setAccessible(true);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream saved = System.out;
        PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        try {
            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
                try {
                    m.invoke(null);
                } catch (InvocationTargetException e) {
                    Throwable t = e.getCause();
                    capture.println("!!! " + kind(t) + ": " + t.getMessage());
                }
            });
        } finally {
            capture.flush();
            System.setOut(saved);
        }
        return lines(bytes.toString(StandardCharsets.UTF_8));
    }

    /** The name an escaping exception prints under; see the class comment. */
    static String kind(Throwable t) {
        if (t instanceof IllegalArgumentException) {
            return "ArgumentError";
        }
        return t.getClass().getSimpleName();
    }

    private static final Map<Path, Map<String, List<String>>> PYTHON_RUNS = new LinkedHashMap<>();

    /** Runs the Python half once (cached per file) and splits its output by scenario. */
    static synchronized Map<String, List<String>> runPython(Path file) throws IOException, InterruptedException {
        Map<String, List<String>> cached = PYTHON_RUNS.get(file);
        if (cached != null) {
            return cached;
        }
        if (!Files.isRegularFile(file)) {
            throw new AssertionError("no Python half: " + file);
        }
        ProcessBuilder pb = new ProcessBuilder("python3", DIR.resolve("runner.py").toString(), file.toString());
        pb.environment().put("PYTHONIOENCODING", "utf-8");
        pb.environment().put("PYTHONHASHSEED", "0");
        pb.redirectErrorStream(false);
        Process p = pb.start();
        p.getOutputStream().close();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread drainErr = new Thread(() -> {
            try {
                p.getErrorStream().transferTo(err);
            } catch (IOException ignored) {
                // the process died; its exit status says so
            }
        });
        drainErr.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("python3 did not finish " + file);
        }
        drainErr.join(5000);
        if (p.exitValue() != 0) {
            throw new AssertionError("python3 " + file + " exited " + p.exitValue() + "\n" + err.toString(StandardCharsets.UTF_8));
        }
        Map<String, List<String>> byName = new LinkedHashMap<>();
        List<String> current = null;
        for (String line : lines(out)) {
            if (line.startsWith("### ")) {
                current = new ArrayList<>();
                byName.put(line.substring(4), current);
            } else if (current != null) {
                current.add(line);
            }
        }
        PYTHON_RUNS.put(file, byName);
        return byName;
    }

    private static List<String> lines(String s) {
        List<String> out = new ArrayList<>(List.of(s.split("\n", -1)));
        if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }
}
