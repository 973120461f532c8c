package dev.jnasocket.reliability;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

import dev.jnasocket.selectors;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** What a program that forgets close() must not leak: selectors' kernel fds, sockets' fds. */
class ResourceLeakTest {
    private static int openFds() throws Exception {
        return Workloads.openFds().size();
    }

    /** A selector dropped without close() gives its epoll/kqueue fd back once it is collected. */
    @Test
    void aDroppedSelectorsKernelFdIsClosedByTheCleaner() throws Exception {
        int before = openFds();
        for (int i = 0; i < 100; i++) {
            selectors.DefaultSelector(); // dropped
        }
        assertThat("the selectors are open", openFds(), greaterThanOrEqualTo(before + 100));
        long deadline = System.nanoTime() + 10_000_000_000L;
        int now;
        while ((now = openFds()) > before + 5 && System.nanoTime() < deadline) {
            System.gc();
            Thread.sleep(20);
        }
        assertThat("open fds after the selectors were collected", now, lessThanOrEqualTo(before + 5));
    }

    /**
     * A CPython-style loop that drops sockets runs forever under a low fd limit: when a socket,
     * socketpair, accept, dup or fromfd fails with EMFILE the library lets the Cleaner catch up
     * and tries once more (without that, the loop fails after about 200 sockets here).
     */
    @Test
    void socketsDroppedWithoutCloseNeverRunTheProcessOutOfFds() throws Exception {
        boolean linux = System.getProperty("os.name").startsWith("Linux");
        boolean prlimit = linux && List.of("/usr/bin/prlimit", "/bin/prlimit").stream().anyMatch(p -> new File(p).canExecute());
        if (!prlimit) {
            System.out.println("ResourceLeakTest: skipped, needs Linux with prlimit(1) to lower the fd limit of a child");
        }
        Assumptions.assumeTrue(prlimit, "needs Linux with prlimit(1)");
        try (ChildJvm c = new ChildJvm(List.of("prlimit", "--nofile=256:256"), ChildJvm.mainClasspath() + File.pathSeparator
                + testClasses(), List.of(), FdPressureChild.class.getName(), "1500",
                "socket", "socketpair", "accept", "dup", "fromfd")) {
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                String l = c.nextLine(60_000);
                lines.add(l);
                if (l == null) {
                    break;
                }
            }
            String err = c.awaitExit(30_000);
            assertThat(err, lines, contains("ok socket 1500", "ok socketpair 1500", "ok accept 1500", "ok dup 1500",
                    "ok fromfd 1500"));
        }
    }

    /** The test classes directory alone: the child opens no other jar, so its fds go to sockets. */
    private static String testClasses() {
        for (String p : ChildJvm.testClasspath().split(File.pathSeparator)) {
            if (p.endsWith("test-classes")) {
                return p;
            }
        }
        throw new AssertionError("no test-classes on the class path");
    }
}
