package dev.jnasocket.parity;

import static dev.jnasocket.parity.Py.print;

import dev.jnasocket.OSError;
import dev.jnasocket.SocketObject;
import dev.jnasocket.Tuple;
import dev.jnasocket.builtins;
import dev.jnasocket.select;
import dev.jnasocket.selectors;
import dev.jnasocket.selectors.BaseSelector;
import dev.jnasocket.selectors.Ready;
import dev.jnasocket.selectors.SelectorKey;
import dev.jnasocket.socket;
import java.util.ArrayList;
import java.util.List;

/** A selector after close(), method by method, per selector class; and the select.epoll object after close. */
class SelectorsClosedParityTest extends ParityTest {
    @Override
    protected String python() {
        return "test_selectors_closed.py";
    }

    interface Call {
        Object call() throws Exception;
    }

    /** The fd numbers of a message masked, as the Python twin's _masked. */
    static String masked(String text) {
        return text.replaceAll("(fd=|FD )\\d+", "$1N");
    }

    /** The Python twin's _try: the label, then "ok" and the result, or the error's kind and message. */
    static void attempt(String label, Call f) {
        try {
            Object r = f.call();
            if (r instanceof SelectorKey k) {
                r = "key events=" + k.events + " data=" + builtins.repr(k.data);
            } else if (r instanceof List<?> l) {
                r = "list of " + l.size();
            }
            print(label, "ok", r);
        } catch (Exception e) {
            print(label, kind(e), masked(e.getMessage()));
        }
    }

    static String kind(Exception e) {
        if (e instanceof IllegalArgumentException) {
            return "ArgumentError";
        }
        if (e instanceof IllegalStateException) {
            return "RuntimeError";
        }
        return e.getClass().getSimpleName();
    }

    interface Maker {
        BaseSelector make() throws OSError;
    }

    static void afterClose(Maker m) throws Exception {
        BaseSelector s = m.make();
        SocketObject[] p = socket.socketpair();
        SocketObject a = p[0];
        SocketObject b = p[1];
        try (a; b) {
            s.register(a, selectors.EVENT_READ, "a");
            s.close();
            attempt("select", () -> s.select(0.0));
            attempt("register", () -> s.register(b, selectors.EVENT_WRITE, "b"));
            print("get_map", s.get_map());
            attempt("get_key", () -> s.get_key(b));
            attempt("get_key other", () -> s.get_key("abc"));
            attempt("select again", () -> s.select(0.0));
            attempt("register no events", () -> s.register(b, 0));
            attempt("register bad fileobj", () -> s.register("abc", selectors.EVENT_READ));
            attempt("register twice", () -> s.register(b, selectors.EVENT_READ));
            attempt("modify b", () -> s.modify(b, selectors.EVENT_WRITE, "b2"));
            attempt("unregister b", () -> s.unregister(b));
            attempt("unregister a", () -> s.unregister(a));
            attempt("modify a", () -> s.modify(a, selectors.EVENT_READ));
            attempt("close again", () -> {
                s.close();
                return null;
            });
            print("get_map", s.get_map());
        }
    }

    static void staleFds(Maker m) throws Exception {
        BaseSelector s = m.make();
        SocketObject[] ab = socket.socketpair();
        SocketObject[] cd = socket.socketpair();
        SocketObject c = cd[0];
        SocketObject d = cd[1];
        try (c; d) {
            s.register(ab[0], selectors.EVENT_READ, "a");
            ab[1].send(builtins.b("x"));
            s.close();
            attempt("select ready but forgotten", () -> s.select(0.0));
            d.send(builtins.b("y"));
            attempt("register c", () -> s.register(c, selectors.EVENT_READ, "c"));
            try {
                List<Ready> ready = s.select(0.0);
                List<Object> shown = new ArrayList<>();
                for (Ready r : ready) {
                    shown.add(Tuple.of(r.key().data, r.mask()));
                }
                print("ready", shown);
            } catch (Exception e) {
                print("select", kind(e), masked(e.getMessage()));
            }
            ab[0].close();
            ab[1].close();
            attempt("select after the forgotten fd closed", () -> s.select(0.0));
        }
    }

    static void contextManager(Maker m) throws Exception {
        BaseSelector s = m.make();
        SocketObject[] p = socket.socketpair();
        SocketObject a = p[0];
        try (a; SocketObject b = p[1]) {
            try (BaseSelector sel = s) {
                print(sel == s);
                sel.register(a, selectors.EVENT_READ);
            }
            print("get_map", s.get_map());
            attempt("get_key", () -> s.get_key(a));
            attempt("select", () -> s.select(0.0));
            attempt("unregister", () -> s.unregister(a));
            try (s) {
                // nothing: a second close on leaving
            }
            print("closed twice");
        }
    }

    static void closedRegisterOrder(Maker m) throws Exception {
        BaseSelector s = m.make();
        s.close();
        attempt("events 0", () -> s.register(0, 0));
        attempt("events 4", () -> s.register(0, 4));
        attempt("fileobj None", () -> s.register(null, selectors.EVENT_READ));
        attempt("fileobj -1", () -> s.register(-1, selectors.EVENT_READ));
        attempt("timeout nan", () -> s.select(Double.NaN));
        attempt("get_key -1", () -> s.get_key(-1));
    }

    static void closedFileobj(Maker m) throws Exception {
        BaseSelector s = m.make();
        SocketObject[] p = socket.socketpair();
        SocketObject a = p[0];
        try (SocketObject b = p[1]) {
            s.register(a, selectors.EVENT_READ, "a");
            a.close();
            attempt("register again", () -> s.register(a, selectors.EVENT_READ));
            attempt("get_key", () -> s.get_key(a));
            print("in map", s.get_map().containsKey(a), s.get_map().get(a) != null);
            attempt("modify data", () -> s.modify(a, selectors.EVENT_READ, "a2"));
            attempt("modify events", () -> s.modify(a, selectors.EVENT_WRITE, "a3"));
            print("keys left", s.get_map().size());
            s.close();
        }
    }

    @Scenario
    static void SelectSelectorTestCase_test_close_methods() throws Exception {
        afterClose(selectors.SelectSelector::new);
    }

    @Scenario
    static void PollSelectorTestCase_test_close_methods() throws Exception {
        afterClose(selectors.PollSelector::new);
    }

    @Scenario
    static void EpollSelectorTestCase_test_close_methods() throws Exception {
        afterClose(selectors.EpollSelector::new);
    }

    @Scenario
    static void DefaultSelectorTestCase_test_close_methods() throws Exception {
        afterClose(selectors::DefaultSelector);
    }

    @Scenario
    static void SelectSelectorTestCase_test_close_stale_fds() throws Exception {
        staleFds(selectors.SelectSelector::new);
    }

    @Scenario
    static void PollSelectorTestCase_test_close_stale_fds() throws Exception {
        staleFds(selectors.PollSelector::new);
    }

    @Scenario
    static void EpollSelectorTestCase_test_close_stale_fds() throws Exception {
        staleFds(selectors.EpollSelector::new);
    }

    @Scenario
    static void SelectSelectorTestCase_test_context_manager_closed() throws Exception {
        contextManager(selectors.SelectSelector::new);
    }

    @Scenario
    static void PollSelectorTestCase_test_context_manager_closed() throws Exception {
        contextManager(selectors.PollSelector::new);
    }

    @Scenario
    static void EpollSelectorTestCase_test_context_manager_closed() throws Exception {
        contextManager(selectors.EpollSelector::new);
    }

    @Scenario
    static void SelectSelectorTestCase_test_close_check_order() throws Exception {
        closedRegisterOrder(selectors.SelectSelector::new);
    }

    @Scenario
    static void PollSelectorTestCase_test_close_check_order() throws Exception {
        closedRegisterOrder(selectors.PollSelector::new);
    }

    @Scenario
    static void EpollSelectorTestCase_test_close_check_order() throws Exception {
        closedRegisterOrder(selectors.EpollSelector::new);
    }

    @Scenario
    static void EpollSelectorTestCase_test_fileno_closed() throws Exception {
        selectors.EpollSelector s = new selectors.EpollSelector();
        print(s.fileno() >= 0);
        s.close();
        attempt("fileno", s::fileno);
        attempt("close again", () -> {
            s.close();
            return null;
        });
        attempt("fileno", s::fileno);
    }

    @Scenario
    static void TestEPoll_test_close_methods() throws Exception {
        select.epoll ep = select.epoll();
        SocketObject[] p = socket.socketpair();
        SocketObject a = p[0];
        SocketObject b = p[1];
        try (a; b) {
            ep.register(a, select.EPOLLIN);
            ep.close();
            print("closed", ep.closed());
            attempt("fileno", ep::fileno);
            attempt("poll", () -> ep.poll());
            attempt("poll 0", () -> ep.poll(0.0));
            attempt("poll nan", () -> ep.poll(Double.NaN));
            attempt("poll maxevents 0", () -> ep.poll(1.0, 0));
            attempt("register", () -> {
                ep.register(b);
                return null;
            });
            attempt("register mask", () -> {
                ep.register(b, select.EPOLLOUT);
                return null;
            });
            attempt("register bad fileobj", () -> {
                ep.register("abc");
                return null;
            });
            attempt("register -1", () -> {
                ep.register(-1);
                return null;
            });
            attempt("modify", () -> {
                ep.modify(a, select.EPOLLOUT);
                return null;
            });
            attempt("unregister", () -> {
                ep.unregister(a);
                return null;
            });
            attempt("close again", () -> {
                ep.close();
                return null;
            });
            print("closed", ep.closed());
        }
    }

    @Scenario
    static void SelectSelectorTestCase_test_close_closed_fileobj() throws Exception {
        closedFileobj(selectors.SelectSelector::new);
    }

    @Scenario
    static void PollSelectorTestCase_test_close_closed_fileobj() throws Exception {
        closedFileobj(selectors.PollSelector::new);
    }

    @Scenario
    static void EpollSelectorTestCase_test_close_closed_fileobj() throws Exception {
        closedFileobj(selectors.EpollSelector::new);
    }
}
