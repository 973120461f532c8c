package dev.jnasocket.libc;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

import java.io.File;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A constant with one value on Linux and macOS is a Java compile-time constant, so C's
 * {@code switch (p->ai_family) { case AF_INET: ... }} ports as is; one whose value differs is
 * chosen at run time and a {@code switch} on it does not compile (the Javadoc of
 * {@link Constants} says to use if/else). Checked by compiling a switch with javac.
 */
class CompileTimeConstantsTest {
    /** Compiles {@code switch (x) { case NAME: ... }} for each name; returns the names javac rejects. */
    private static List<String> rejected(List<String> names, Path out) throws Exception {
        StringBuilder code = new StringBuilder("import static dev.jnasocket.libc.LibC.*;\nclass Switches {\n");
        for (int i = 0; i < names.size(); i++) {
            code.append("static int s").append(i).append("(int x) { switch (x) { case ").append(names.get(i))
                    .append(": return 1; default: return 0; } }\n");
        }
        code.append("}\n");
        JavaFileObject source = new SimpleJavaFileObject(URI.create("string:///Switches.java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return code;
            }
        };
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        String classpath = Path.of(LibC.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                + File.pathSeparator + Path.of(com.sun.jna.Native.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        DiagnosticCollector<JavaFileObject> d = new DiagnosticCollector<>();
        javac.getTask(null, null, d, List.of("-d", out.toString(), "-classpath", classpath, "-proc:none"), null, List.of(source)).call();
        List<String> bad = new ArrayList<>();
        d.getDiagnostics().forEach(x -> {
            int line = (int) x.getLineNumber() - 3; // two header lines, then s0 on line 3
            if (line >= 0 && line < names.size()) {
                bad.add(names.get(line));
            }
        });
        return bad.stream().distinct().sorted().collect(Collectors.toList());
    }

    @Test
    void everyValueSharedByBothOsesIsACompileTimeConstant(@TempDir Path out) throws Exception {
        List<String> shared = new ArrayList<>();
        for (ConstantTable.Row row : ConstantTable.ROWS) {
            if (row.linux() != null && row.linux().equals(row.macos())) {
                shared.add(row.name());
            }
        }
        // two names with one value cannot both be cases of one switch, hence one switch per name
        assertThat(shared, hasItems("AF_INET", "SOCK_STREAM", "IPPROTO_TCP", "POLLIN", "EINTR", "SHUT_WR", "AI_PASSIVE"));
        assertThat(rejected(shared, out), is(empty()));
    }

    @Test
    void aValueThatDiffersIsChosenAtRunTime(@TempDir Path out) throws Exception {
        List<String> differing = List.of("AF_INET6", "EAGAIN", "SOL_SOCKET", "SO_REUSEADDR", "MSG_DONTWAIT");
        for (String n : differing) {
            ConstantTable.Row row = ConstantTable.BY_NAME.get(n);
            assertThat(n + " differs between the OSes", row.linux(), not(row.macos()));
        }
        assertThat(rejected(differing, out), is(differing.stream().sorted().toList()));
    }
}
