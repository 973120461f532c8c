package dev.jnasocket.libc;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

import com.sun.jna.Native;
import com.sun.jna.Platform;
import dev.jnasocket.JavaCommand;
import dev.jnasocket.socket;
import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * When JNA cannot load (its temporary folder unusable) or the JVM denies native access, the first
 * call fails with one error that names the cause and the fix: no stack trace of JNA's internals,
 * no log lines of JNA's before it.
 */
class NativeAccessTest {
    /** The child: its first call into the library, by name. */
    public static final class FirstCall {
        private FirstCall() {}

        /**
         * @param args {@code socket} (the Python layer), {@code raw} (LibC), {@code socketpair} and
         *             {@code getaddrinfo} (calls that touch JNA memory before any libc call), or {@code load}
         */
        public static void main(String[] args) throws Exception {
            switch (args[0]) {
                case "socket" -> socket.socket(socket.AF_INET, socket.SOCK_STREAM).close();
                case "raw" -> System.out.println(LibC.close(LibC.socket(LibC.AF_INET, LibC.SOCK_STREAM, 0)));
                case "socketpair" -> socket.socketpair()[0].close();
                case "getaddrinfo" -> socket.getaddrinfo("127.0.0.1", 80);
                case "raw-socketpair" -> System.out.println(LibC.socketpair(LibC.AF_UNIX, LibC.SOCK_STREAM, 0, new int[2]));
                case "raw-inet_pton" -> System.out.println(LibC.inet_pton(LibC.AF_INET, "127.0.0.1", new byte[4]));
                case "load" -> NativeAccess.ensureLoaded();
                default -> throw new IllegalArgumentException(args[0]);
            }
            System.out.println("loaded");
        }
    }

    /** Runs {@code java options... FirstCall call} (bounded: 30 s); returns {exit status, stdout, stderr}. */
    private static String[] run(List<String> cmd, String call) throws Exception {
        List<String> all = new ArrayList<>(cmd);
        all.addAll(List.of(FirstCall.class.getName(), call));
        File out = File.createTempFile("first-call", ".out");
        File err = File.createTempFile("first-call", ".err");
        try {
            Process p = new ProcessBuilder(all).redirectOutput(out).redirectError(err).start();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("child did not finish in 30 s: " + all);
            }
            return new String[] {Integer.toString(p.exitValue()),
                    Files.readString(out.toPath(), StandardCharsets.UTF_8), Files.readString(err.toPath(), StandardCharsets.UTF_8)};
        } finally {
            out.delete();
            err.delete();
        }
    }

    private static void assertOneClearError(String[] r, String cause, String fix) {
        assertThat(r[2], r[0], is(not("0")));
        assertThat(r[1], not(containsString("loaded")));
        List<String> lines = r[2].lines().toList();
        assertThat(lines.get(0), startsWith("Exception in thread \"main\" java.lang.UnsatisfiedLinkError: jna-socket cannot call libc: " + cause));
        assertThat(lines.get(0), containsString(fix));
        assertThat("no JNA log lines, no JNA frames, no cause chain", r[2],
                allOf(not(containsString("WARNING")), not(containsString("at com.sun.jna")), not(containsString("Caused by"))));
    }

    @Test
    void anUnusableJnaTempFolderOrDeniedNativeAccessFailsTheFirstCallWithOneClearError() throws Exception {
        // /dev/null/x can be made by nobody, root included; jna.nosys: JNA must unpack its own library.
        List<String> cmd = JavaCommand.command();
        cmd.addAll(1, List.of("-Djna.nosys=true", "-Djna.tmpdir=/dev/null/x"));
        for (String call : List.of("socket", "raw", "socketpair", "getaddrinfo", "raw-socketpair", "raw-inet_pton", "load")) {
            assertOneClearError(run(cmd, call), "JNA could not load its native library", "-Djna.tmpdir=");
        }
        // --illegal-native-access exists from JDK 24 on (CI runs this on JDK 25); before, there is no
        // way to deny it, and theMessageNamesTheCauseFromAnywhereInTheChain covers the message.
        if (Runtime.version().feature() >= 24) {
            List<String> deny = List.of(JavaCommand.java(), "--illegal-native-access=deny", "-cp", System.getProperty("java.class.path"));
            for (String call : List.of("socket", "raw", "socketpair")) {
                assertOneClearError(run(deny, call), "the JVM denies native access to JNA", "--enable-native-access=ALL-UNNAMED");
            }
        } else {
            System.out.println("NativeAccessTest: JDK " + Runtime.version().feature()
                    + " has no --illegal-native-access; the denied case runs on JDK 24+");
        }
    }

    @Test
    void theTroubleshootingFixWorksAndJnasOwnWarningStillReachesItsLogger() throws Exception {
        // The README's fix: JNA's library unpacked once into a folder named by jna.boot.library.path.
        // The temporary folder stays unusable, so JNA still logs its warning about it: on a load that
        // works, that record must reach JNA's logger as it would without us.
        Path lib = Files.createTempDirectory("jnidispatch");
        String name = "com/sun/jna/" + Platform.RESOURCE_PREFIX + "/" + System.mapLibraryName("jnidispatch");
        try (JarFile jna = new JarFile(Path.of(Native.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toFile());
                InputStream in = jna.getInputStream(jna.getEntry(name))) {
            Files.copy(in, lib.resolve(System.mapLibraryName("jnidispatch")));
        }
        try {
            List<String> cmd = JavaCommand.command();
            cmd.addAll(1, List.of("-Djna.tmpdir=/dev/null/x", "-Djna.boot.library.path=" + lib));
            String[] r = run(cmd, "socket");
            assertThat(r[2], r[0], is("0"));
            assertThat(r[1].strip(), is("loaded"));
            assertThat(r[2], allOf(containsString("com.sun.jna.Native loadNativeDispatchLibrary"),
                    containsString("JNA temporary directory '/dev/null/x' does not exist")));
        } finally {
            try (Stream<Path> files = Files.list(lib)) {
                files.forEach(f -> f.toFile().delete());
            }
            Files.delete(lib);
        }
    }

    @Test
    void theSameCommandWithNativeAccessWorks() throws Exception {
        String[] r = run(JavaCommand.command(), "socket");
        assertThat(r[2], r[0], is("0"));
        assertThat(r[1].strip(), is("loaded"));
        assertThat(r[2], is(""));
    }

    @Test
    void theMessageNamesTheCauseFromAnywhereInTheChain() {
        String denied = NativeAccess.explain(new ExceptionInInitializerError(
                new IllegalCallerException("Illegal native access from an unnamed module")));
        assertThat(denied, startsWith("jna-socket cannot call libc: the JVM denies native access to JNA."));
        assertThat(denied, allOf(containsString("--enable-native-access=ALL-UNNAMED"), containsString("--enable-native-access=com.sun.jna"),
                containsString("Enable-Native-Access: ALL-UNNAMED"), containsString("IllegalCallerException: Illegal native access")));
        String tmp = NativeAccess.explain(new UnsatisfiedLinkError("Failed to create temporary file for libjnidispatch.so"));
        assertThat(tmp, startsWith("jna-socket cannot call libc: JNA could not load its native library"));
        assertThat(tmp, allOf(containsString("-Djna.tmpdir="), containsString("noexec"),
                containsString("UnsatisfiedLinkError: Failed to create temporary file")));
        assertThat(NativeAccess.explain(new NoClassDefFoundError()), endsWith("(java.lang.NoClassDefFoundError)"));
    }
}
