package dev.jnasocket;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The one way the tests start a Java child process: the running JVM's own {@code java}, with the
 * options this library needs on that JVM. Every test that starts {@code java} builds its command here,
 * so a child behaves as the README tells users to run it.
 */
public final class JavaCommand {
    private JavaCommand() {}

    /** The first Java release whose {@code java} takes {@code --enable-native-access} for classpath code. */
    static final int NATIVE_ACCESS_RELEASE = 22;

    /** @return the {@code java} executable of the JVM running the tests */
    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * The options a JVM of {@code feature} needs to call native code without a warning: from JDK 22
     * on, JNA's {@code System.load} is a restricted method and each first use prints four
     * {@code WARNING:} lines on standard error (JDK 24+), or fails under
     * {@code --illegal-native-access=deny}, unless native access is enabled for the classpath.
     *
     * @param feature the Java feature release (17, 21, 25, ...)
     * @return {@code --enable-native-access=ALL-UNNAMED} from JDK 22 on, nothing before
     */
    static List<String> nativeAccessOptions(int feature) {
        return feature >= NATIVE_ACCESS_RELEASE ? List.of("--enable-native-access=ALL-UNNAMED") : List.of();
    }

    /**
     * {@code java [--enable-native-access=ALL-UNNAMED] -cp classpath}: a child on this JVM, the
     * native-access flag added when this JVM knows it; the caller appends options, the main class
     * and arguments.
     *
     * @param classpath the child's class path
     * @return a new, modifiable command list
     */
    public static List<String> command(String classpath) {
        List<String> cmd = new ArrayList<>();
        cmd.add(java());
        cmd.addAll(nativeAccessOptions(Runtime.version().feature()));
        cmd.add("-cp");
        cmd.add(classpath);
        return cmd;
    }

    /** @return {@link #command(String)} on the test run's own class path */
    public static List<String> command() {
        return command(System.getProperty("java.class.path"));
    }
}
