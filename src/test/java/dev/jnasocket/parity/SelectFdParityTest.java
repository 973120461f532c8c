package dev.jnasocket.parity;

import dev.jnasocket.SocketObject;
import dev.jnasocket.builtins;
import dev.jnasocket.select;
import dev.jnasocket.selectors;
import dev.jnasocket.socket;
import java.util.Arrays;
import java.util.List;

/**
 * What {@code select}, {@code poll} and {@code selectors} take as a file object: an Integer fd
 * or a FileLike; select and poll refuse the rest with {@code PyObject_AsFileDescriptor}'s
 * messages, selectors with its {@code _fileobj_to_fd}'s.
 */
class SelectFdParityTest extends ParityTest {
    @Override
    protected String python() {
        return "test_select_fd.py";
    }

    interface Call {
        Object run() throws Exception;
    }

    static void show(String label, Call fn) {
        try {
            System.out.println(label + " " + builtins.repr(fn.run()));
        } catch (Exception e) {
            System.out.println(label + " !! " + ParityTest.kind(e) + " " + e.getMessage());
        }
    }

    static SocketObject closed() throws Exception {
        SocketObject s = socket.socket();
        s.close();
        return s;
    }

    static final List<Object> BAD = Arrays.asList(-1, "x", 1.5, null);

    @Scenario
    static void SelectTestCase_test_error_conditions() {
        for (Object v : BAD) {
            show(builtins.repr(v), () -> select.select(Arrays.asList(v), List.of(), List.of(), 0L));
            show(builtins.repr(v) + " w", () -> select.select(List.of(), Arrays.asList(v), List.of(), 0L));
        }
        show("closed", () -> select.select(List.of(closed()), List.of(), List.of(), 0L));
        show("both", () -> select.select(List.of(-1), List.of(), List.of(), -1.0));
    }

    @Scenario
    static void PollTests_test_poll_unit_tests() throws Exception {
        select.Poll p = select.poll();
        for (Object v : BAD.subList(0, 3)) {
            show(builtins.repr(v), () -> {
                p.register(v);
                return null;
            });
        }
        SocketObject s = closed();
        show("register closed", () -> {
            p.register(s);
            return null;
        });
        show("modify closed", () -> {
            p.modify(s, select.POLLIN);
            return null;
        });
        show("unregister closed", () -> {
            p.unregister(s);
            return null;
        });
    }

    @Scenario
    static void BaseSelectorTestCase_test_register() throws Exception {
        try (selectors.BaseSelector sel = new selectors.PollSelector()) {
            for (Object v : List.of(-1, -10, "x", 1.5)) {
                show(builtins.repr(v), () -> sel.register(v, selectors.EVENT_READ));
            }
            show("closed", () -> sel.register(closed(), selectors.EVENT_READ));
        }
    }
}
