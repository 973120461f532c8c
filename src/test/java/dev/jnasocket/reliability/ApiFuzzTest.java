package dev.jnasocket.reliability;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every public method and constructor of both layers, called by reflection with hostile
 * arguments (null, negative, huge, closed and detached sockets, sockets in every state, the
 * trace on and off) in a child JVM ({@link ApiFuzzChild}): the child must end alive, with its
 * fds back to what it started with, and no call may have thrown what a caller must never see
 * (a NullPointerException, an index or cast failure, an Error) or stayed blocked after close.
 *
 * <p>In the normal suite it runs for seconds; under {@code mvn -Psoak verify} (which sets
 * {@code JAZZER_FUZZ=1}) each seed runs for a minute.
 */
class ApiFuzzTest {
    /**
     * Classes whose null checks are still open: their files belong to other parts of the work.
     * Findings there are printed, not failed on; a class with no finding left is named in the
     * output, to be taken off this list.
     */
    static final Set<String> OPEN = Set.of();

    /**
     * Single methods with an open finding that only random arguments reach (so the ratchet cannot
     * watch them). None at present.
     */
    static final Set<String> OPEN_METHODS = Set.of();

    /** Runs the child; returns its findings after checking it ended alive with no fd leaked. */
    private static List<String> run(long timeoutMillis, String... args) throws Exception {
        String[] all = new String[args.length + 1];
        all[0] = ApiFuzzChild.class.getName();
        System.arraycopy(args, 0, all, 1, args.length);
        System.out.println("ApiFuzzTest: running " + String.join(" ", args));
        try (ChildJvm c = new ChildJvm(List.of(), ChildJvm.testClasspath(), List.of("FUZZ_LOG=1"), all)) {
            List<String> bad = new ArrayList<>();
            String calls = null;
            String fds = null;
            boolean done = false;
            for (String l; !done && (l = c.nextLine(timeoutMillis)) != null; ) {
                if (l.startsWith("@@ BAD ")) {
                    bad.add(l.substring(7));
                } else if (l.startsWith("@@ calls ")) {
                    calls = l;
                } else if (l.startsWith("@@ fds ")) {
                    fds = l;
                }
                done = l.equals("@@ done");
            }
            if (!done) {
                c.close(); // stderr ends once the child is gone
            }
            String err = c.awaitExit(30_000);
            // FUZZ_LOG makes the child name each call on stderr first: the last lines say where it stopped
            String last = String.join("\n", err.lines().skip(Math.max(0, err.lines().count() - 5)).toList());
            assertThat("the child ended alive; its last calls:\n" + last, done, is(true));
            System.out.println("ApiFuzzTest " + String.join(" ", args) + ": " + calls + ", " + fds);
            assertThat(fds, endsWith("leaked []"));
            return bad;
        }
    }

    private static String owner(String finding) {
        String m = finding.substring(0, finding.indexOf('('));
        return m.substring(0, m.lastIndexOf('.'));
    }

    private static void judge(List<String> bad) {
        List<String> failing = new ArrayList<>();
        for (String b : bad) {
            String method = b.substring(0, b.indexOf('('));
            if (OPEN.contains(owner(b)) || OPEN_METHODS.contains(method)) {
                System.out.println("ApiFuzzTest open finding: " + b);
            } else {
                failing.add(b);
            }
        }
        assertThat("calls that threw what a caller must never see", failing, empty());
    }

    /** Each reference argument null in turn, the trace off then on: Python's TypeError, never an NPE. */
    @Test
    void nullForEveryReferenceArgumentIsRefusedCleanly() throws Exception {
        List<String> bad = run(120_000, "nulls");
        judge(bad);
        // A class whose findings are all fixed should leave OPEN. Said, not failed on: the fix
        // lands in another file, often from another branch, and must not turn this test red.
        Set<String> stillOpen = new TreeSet<>();
        bad.forEach(b -> stillOpen.add(owner(b)));
        Set<String> fixed = new TreeSet<>(OPEN);
        fixed.removeAll(stillOpen);
        if (!fixed.isEmpty()) {
            System.out.println("ApiFuzzTest: no finding left in " + fixed + ": take them off ApiFuzzTest.OPEN");
        }
    }

    /** Random hostile arguments on sockets in every state, a few seconds (a minute a seed under -Psoak). */
    @Test
    void randomHostileCallsLeaveTheJvmAliveAndNoFdBehind() throws Exception {
        boolean soak = System.getenv("JAZZER_FUZZ") != null;
        long millis = soak ? 60_000 : 3_000;
        // the suite's run is always seed 1 (a finding there is everyone's, so it must repeat); the soak adds new ones
        String[] seeds = soak ? new String[] {"1", "2", "3", "4", String.valueOf(System.nanoTime())} : new String[] {"1"};
        for (String seed : seeds) {
            judge(run(millis + 60_000, "fuzz", seed, String.valueOf(millis)));
        }
    }
}
