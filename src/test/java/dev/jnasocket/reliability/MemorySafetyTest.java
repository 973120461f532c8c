package dev.jnasocket.reliability;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * Native memory is never touched after it is freed: neither by Java (an accessor) nor by the
 * kernel (a wait filling an array that another thread closed). Run in a child JVM, so that a
 * use after free that crashes fails the test instead of killing the test JVM.
 */
class MemorySafetyTest {
    /** Runs the child's scenarios; returns its stdout lines, after checking it exited alive. */
    static List<String> child(String... scenarios) throws Exception {
        try (ChildJvm c = new ChildJvm(List.of(), ChildJvm.testClasspath(), List.of(),
                prepend(MemorySafetyChild.class.getName(), scenarios))) {
            List<String> lines = new ArrayList<>();
            for (String l; (l = c.nextLine(60_000)) != null && !l.equals("alive"); ) {
                lines.add(l);
            }
            String err = c.awaitExit(30_000);
            assertThat("the child's stderr", err, not(containsString("SIGSEGV")));
            assertThat("the child's output " + lines + "\n" + err, lines.size(), greaterThan(0));
            return lines;
        }
    }

    private static String[] prepend(String first, String[] rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    @Test
    void closedEventArraysRefuseEveryUse() throws Exception {
        assertThat(child("closedArrays"), contains(
                "epoll_event.Array.events refused",
                "epoll_event.Array.data refused",
                "epoll_wait refused",
                "kevent.Array.get refused",
                "kevent.Array.set refused",
                "kevent changes refused",
                "kevent events refused"));
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void anArrayClosedDuringAWaitIsFreedOnlyAfterIt() throws Exception {
        assertThat(child("closeWhileWaiting"), contains("closeWhileWaiting corrupted 0 wrong 0"));
    }

    @Test
    void aSelectorClosedDuringSelectFreesNothingTheWaitUsesAndTheWaitReturnsEmpty() throws Exception {
        List<String> out = child("selectorCloseWhileSelecting");
        assertThat(out, hasSize(1));
        assertThat(out.get(0), anyOf(
                is("selectorCloseWhileSelecting corrupted 0 results [[]]"),
                // a close that came before the other thread began its select: CPython fails that select too
                is("selectorCloseWhileSelecting corrupted 0 results [[], java.lang.IllegalArgumentException: I/O operation on closed epoll object]"),
                is("selectorCloseWhileSelecting corrupted 0 results [[], java.lang.IllegalArgumentException: I/O operation on closed kqueue object]")));
    }
}
