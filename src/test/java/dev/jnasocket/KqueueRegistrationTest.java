package dev.jnasocket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.jna.Native;
import dev.jnasocket.libc.LibC;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * KqueueSelector's registration, run on any OS against a fake kernel: one kevent call per
 * filter, as CPython's KqueueSelector makes, and no fd left half-registered when one filter
 * fails (a single batched call would stop at the failing change and keep the ones before it).
 */
class KqueueRegistrationTest {
    /** A kernel that records each change, keeps the registered filters, and fails the ones asked. */
    static final class FakeKqueue implements selectors.KqueueSelector.Change {
        final List<String> calls = new ArrayList<>();
        final Set<String> registered = new LinkedHashSet<>();
        final Set<Integer> failing = new LinkedHashSet<>();

        @Override
        public int apply(int fd, int event, boolean add) {
            String filter = fd + (event == selectors.EVENT_READ ? " READ" : " WRITE");
            calls.add((add ? "add " : "delete ") + filter);
            if (add && failing.contains(event)) {
                Native.setLastError(LibC.EBADF);
                return -1;
            }
            if (!(add ? registered.add(filter) : registered.remove(filter))) {
                Native.setLastError(add ? LibC.EEXIST : LibC.ENOENT);
                return -1;
            }
            return 0;
        }
    }

    static final int BOTH = selectors.EVENT_READ | selectors.EVENT_WRITE;

    @Test
    @DisplayName("register(READ|WRITE) makes one call per filter")
    void oneCallPerFilter() throws OSError {
        FakeKqueue k = new FakeKqueue();
        selectors.KqueueSelector.addFilters(k, 7, BOTH);
        assertEquals(List.of("add 7 READ", "add 7 WRITE"), k.calls);
        assertEquals(Set.of("7 READ", "7 WRITE"), k.registered);
        selectors.KqueueSelector.deleteFilters(k, 7, BOTH);
        assertEquals(Set.of(), k.registered);
    }

    @Test
    @DisplayName("a failing WRITE filter takes the READ filter it follows back out: no half-registered fd")
    void failingFilterLeavesNothing() {
        FakeKqueue k = new FakeKqueue();
        k.failing.add(selectors.EVENT_WRITE);
        OSError e = assertThrows(OSError.class, () -> selectors.KqueueSelector.addFilters(k, 7, BOTH));
        assertEquals(LibC.EBADF, e.errno(), "the failing filter's errno, not the clean-up's");
        assertEquals(List.of("add 7 READ", "add 7 WRITE", "delete 7 READ"), k.calls);
        assertEquals(Set.of(), k.registered);
    }

    @Test
    @DisplayName("modify READ -> READ|WRITE whose WRITE fails leaves no filter, since the selector forgets the key")
    void failingModifyLeavesNothing() throws OSError {
        FakeKqueue k = new FakeKqueue();
        selectors.KqueueSelector.addFilters(k, 7, selectors.EVENT_READ);
        k.failing.add(selectors.EVENT_WRITE);
        assertThrows(OSError.class, () -> selectors.KqueueSelector.changeFilters(k, 7, selectors.EVENT_READ, BOTH));
        assertEquals(Set.of(), k.registered);
    }

    @Test
    @DisplayName("modify READ -> WRITE deletes READ and adds WRITE, one call each")
    void modifySwapsFilters() throws OSError {
        FakeKqueue k = new FakeKqueue();
        selectors.KqueueSelector.addFilters(k, 7, selectors.EVENT_READ);
        k.calls.clear();
        selectors.KqueueSelector.changeFilters(k, 7, selectors.EVENT_READ, selectors.EVENT_WRITE);
        assertEquals(List.of("delete 7 READ", "add 7 WRITE"), k.calls);
        assertEquals(Set.of("7 WRITE"), k.registered);
    }

    @Test
    @DisplayName("unregister deletes each filter in its own call, so a filter already gone does not keep the other")
    void deleteGoesOnPastAFailure() throws OSError {
        FakeKqueue k = new FakeKqueue();
        selectors.KqueueSelector.addFilters(k, 7, selectors.EVENT_WRITE);
        selectors.KqueueSelector.deleteFilters(k, 7, BOTH); // READ is not there: ENOENT, ignored
        assertEquals(Set.of(), k.registered);
    }
}
