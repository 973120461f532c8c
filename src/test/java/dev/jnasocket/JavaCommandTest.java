package dev.jnasocket;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

import dev.jnasocket.libc.LibC;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The command the tests start Java children with: the native-access flag from JDK 22 on, and a
 * child that calls libc through JNA on this JVM writes nothing on standard error (on JDK 24+ it
 * would print JNA's "restricted method" warning without the flag, and the tests that compare a
 * child's output with CPython's would see it).
 */
class JavaCommandTest {
    /** A child that makes one libc call and prints its result. */
    public static final class CallsLibc {
        private CallsLibc() {}

        /** @param args none */
        public static void main(String[] args) {
            System.out.println(LibC.getpid() > 0 ? "pid ok" : "pid failed");
        }
    }

    @Test
    void theFlagIsPassedFromJdk22On() {
        assertThat(JavaCommand.nativeAccessOptions(17), is(empty()));
        assertThat(JavaCommand.nativeAccessOptions(21), is(empty()));
        assertThat(JavaCommand.nativeAccessOptions(22), contains("--enable-native-access=ALL-UNNAMED"));
        assertThat(JavaCommand.nativeAccessOptions(25), contains("--enable-native-access=ALL-UNNAMED"));
    }

    @Test
    void theCommandIsThisJvmsJavaOnTheGivenClasspath() {
        List<String> cmd = JavaCommand.command("a.jar");
        assertThat(cmd.get(0), endsWith("java"));
        assertThat(cmd.subList(cmd.size() - 2, cmd.size()), contains("-cp", "a.jar"));
    }

    /** Whether a source file finds the {@code java} executable itself instead of asking {@link JavaCommand}. */
    static boolean startsJavaItself(String source) {
        return source.contains("ProcessHandle.current().info().command()") || source.contains("getProperty(\"java.home\")");
    }

    @Test
    void everyTestThatStartsJavaAsksJavaCommand() throws Exception {
        assertThat(startsJavaItself("new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(), \"-cp\")"), is(true));
        assertThat(startsJavaItself("Path.of(System.getProperty(\"java.home\"), \"bin\", \"java\")"), is(true));
        assertThat(startsJavaItself("List<String> cmd = JavaCommand.command();"), is(false));
        List<String> offenders;
        try (Stream<Path> files = Files.walk(Path.of("src", "test", "java"))) {
            offenders = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.endsWith("JavaCommand.java") && !f.endsWith("JavaCommandTest.java"))
                    .filter(f -> {
                        try {
                            return startsJavaItself(Files.readString(f));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .map(Path::toString).toList();
        }
        assertThat(offenders, is(empty()));
    }

    @Test
    void aChildCallingLibcPrintsNoWarning() throws Exception {
        try (Child c = Child.java(CallsLibc.class)) {
            c.await(30);
            c.requireSuccess();
            assertThat(c.stdout().strip(), is("pid ok"));
            assertThat(c.stderr(), is(""));
        }
    }
}
