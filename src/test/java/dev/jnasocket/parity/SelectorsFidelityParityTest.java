package dev.jnasocket.parity;

import static dev.jnasocket.parity.Py.print;

import dev.jnasocket.FileLike;
import dev.jnasocket.KeyError;
import dev.jnasocket.OSError;
import dev.jnasocket.SocketObject;
import dev.jnasocket.builtins;
import dev.jnasocket.select;
import dev.jnasocket.selectors;
import dev.jnasocket.selectors.BaseSelector;
import dev.jnasocket.selectors.Ready;
import dev.jnasocket.selectors.SelectorKey;
import dev.jnasocket.socket;
import java.io.FileInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** CPython's BaseSelectorTestCase for four selector classes, and TestEPoll. */
class SelectorsFidelityParityTest extends ParityTest {
    @Override
    protected String python() {
        return "test_selectors_fidelity.py";
    }

    static BaseSelector make(String name) throws OSError {
        return switch (name) {
            case "SelectSelectorTestCase" -> new selectors.SelectSelector();
            case "PollSelectorTestCase" -> new selectors.PollSelector();
            case "EpollSelectorTestCase" -> new selectors.EpollSelector();
            case "DefaultSelectorTestCase" -> selectors.DefaultSelector();
            default -> throw new AssertionError(name);
        };
    }

    interface Call {
        Object call() throws Exception;
    }

    /** The Python twin's _try: "ok" and the result (its type's name for an object), or the error's kind. */
    static void attempt(Call f) {
        try {
            Object r = f.call();
            print("ok", r == null || r instanceof Integer || r instanceof Boolean ? r : r.getClass().getSimpleName());
        } catch (IllegalArgumentException e) {
            print("ArgumentError");
        } catch (IllegalStateException e) {
            print("RuntimeError");
        } catch (Exception e) {
            print(e.getClass().getSimpleName());
        }
    }

    static SocketObject[] pair() throws OSError {
        return socket.socketpair();
    }

    @Scenario
    static void SelectSelectorTestCase_test_register() throws Exception {
        register(make("SelectSelectorTestCase"));
    }

    @Scenario
    static void SelectSelectorTestCase_test_unregister() throws Exception {
        unregister(make("SelectSelectorTestCase"));
    }

    @Scenario
    static void SelectSelectorTestCase_test_unregister_after_fd_close() throws Exception {
        unregisterAfterFdClose(make("SelectSelectorTestCase"));
    }

    @Scenario
    static void SelectSelectorTestCase_test_unregister_after_socket_close() throws Exception {
        unregisterAfterSocketClose(make("SelectSelectorTestCase"));
    }

    @Scenario
    static void SelectSelectorTestCase_test_modify() throws Exception {
        modify(make("SelectSelectorTestCase"));
    }

    @Scenario
    static void SelectSelectorTestCase_test_close() throws Exception {
        close(make("SelectSelectorTestCase"));
    }

    @Scenario
    static void SelectSelectorTestCase_test_get_key() throws Exception {
        getKey(make("SelectSelectorTestCase"));
    }

    @Scenario
    static void SelectSelectorTestCase_test_get_map() throws Exception {
        getMap(make("SelectSelectorTestCase"));
    }

    @Scenario
    static void SelectSelectorTestCase_test_select() throws Exception {
        select(make("SelectSelectorTestCase"));
    }

    @Scenario
    static void SelectSelectorTestCase_test_select_read_write() throws Exception {
        selectReadWrite(make("SelectSelectorTestCase"));
    }

    @Scenario
    static void SelectSelectorTestCase_test_context_manager() throws Exception {
        contextManager(make("SelectSelectorTestCase"));
    }

    @Scenario
    static void SelectSelectorTestCase_test_selector() throws Exception {
        selector(make("SelectSelectorTestCase"));
    }

    @Scenario
    static void SelectSelectorTestCase_test_empty_select() throws Exception {
        emptySelect(make("SelectSelectorTestCase"));
    }

    @Scenario
    static void SelectSelectorTestCase_test_timeout() throws Exception {
        timeout(make("SelectSelectorTestCase"));
    }

    @Scenario
    static void PollSelectorTestCase_test_register() throws Exception {
        register(make("PollSelectorTestCase"));
    }

    @Scenario
    static void PollSelectorTestCase_test_unregister() throws Exception {
        unregister(make("PollSelectorTestCase"));
    }

    @Scenario
    static void PollSelectorTestCase_test_unregister_after_fd_close() throws Exception {
        unregisterAfterFdClose(make("PollSelectorTestCase"));
    }

    @Scenario
    static void PollSelectorTestCase_test_unregister_after_socket_close() throws Exception {
        unregisterAfterSocketClose(make("PollSelectorTestCase"));
    }

    @Scenario
    static void PollSelectorTestCase_test_modify() throws Exception {
        modify(make("PollSelectorTestCase"));
    }

    @Scenario
    static void PollSelectorTestCase_test_close() throws Exception {
        close(make("PollSelectorTestCase"));
    }

    @Scenario
    static void PollSelectorTestCase_test_get_key() throws Exception {
        getKey(make("PollSelectorTestCase"));
    }

    @Scenario
    static void PollSelectorTestCase_test_get_map() throws Exception {
        getMap(make("PollSelectorTestCase"));
    }

    @Scenario
    static void PollSelectorTestCase_test_select() throws Exception {
        select(make("PollSelectorTestCase"));
    }

    @Scenario
    static void PollSelectorTestCase_test_select_read_write() throws Exception {
        selectReadWrite(make("PollSelectorTestCase"));
    }

    @Scenario
    static void PollSelectorTestCase_test_context_manager() throws Exception {
        contextManager(make("PollSelectorTestCase"));
    }

    @Scenario
    static void PollSelectorTestCase_test_selector() throws Exception {
        selector(make("PollSelectorTestCase"));
    }

    @Scenario
    static void PollSelectorTestCase_test_empty_select() throws Exception {
        emptySelect(make("PollSelectorTestCase"));
    }

    @Scenario
    static void PollSelectorTestCase_test_timeout() throws Exception {
        timeout(make("PollSelectorTestCase"));
    }

    @Scenario
    static void EpollSelectorTestCase_test_register() throws Exception {
        register(make("EpollSelectorTestCase"));
    }

    @Scenario
    static void EpollSelectorTestCase_test_unregister() throws Exception {
        unregister(make("EpollSelectorTestCase"));
    }

    @Scenario
    static void EpollSelectorTestCase_test_unregister_after_fd_close() throws Exception {
        unregisterAfterFdClose(make("EpollSelectorTestCase"));
    }

    @Scenario
    static void EpollSelectorTestCase_test_unregister_after_socket_close() throws Exception {
        unregisterAfterSocketClose(make("EpollSelectorTestCase"));
    }

    @Scenario
    static void EpollSelectorTestCase_test_modify() throws Exception {
        modify(make("EpollSelectorTestCase"));
    }

    @Scenario
    static void EpollSelectorTestCase_test_close() throws Exception {
        close(make("EpollSelectorTestCase"));
    }

    @Scenario
    static void EpollSelectorTestCase_test_get_key() throws Exception {
        getKey(make("EpollSelectorTestCase"));
    }

    @Scenario
    static void EpollSelectorTestCase_test_get_map() throws Exception {
        getMap(make("EpollSelectorTestCase"));
    }

    @Scenario
    static void EpollSelectorTestCase_test_select() throws Exception {
        select(make("EpollSelectorTestCase"));
    }

    @Scenario
    static void EpollSelectorTestCase_test_select_read_write() throws Exception {
        selectReadWrite(make("EpollSelectorTestCase"));
    }

    @Scenario
    static void EpollSelectorTestCase_test_context_manager() throws Exception {
        contextManager(make("EpollSelectorTestCase"));
    }

    @Scenario
    static void EpollSelectorTestCase_test_selector() throws Exception {
        selector(make("EpollSelectorTestCase"));
    }

    @Scenario
    static void EpollSelectorTestCase_test_empty_select() throws Exception {
        emptySelect(make("EpollSelectorTestCase"));
    }

    @Scenario
    static void EpollSelectorTestCase_test_timeout() throws Exception {
        timeout(make("EpollSelectorTestCase"));
    }

    @Scenario
    static void DefaultSelectorTestCase_test_register() throws Exception {
        register(make("DefaultSelectorTestCase"));
    }

    @Scenario
    static void DefaultSelectorTestCase_test_unregister() throws Exception {
        unregister(make("DefaultSelectorTestCase"));
    }

    @Scenario
    static void DefaultSelectorTestCase_test_unregister_after_fd_close() throws Exception {
        unregisterAfterFdClose(make("DefaultSelectorTestCase"));
    }

    @Scenario
    static void DefaultSelectorTestCase_test_unregister_after_socket_close() throws Exception {
        unregisterAfterSocketClose(make("DefaultSelectorTestCase"));
    }

    @Scenario
    static void DefaultSelectorTestCase_test_modify() throws Exception {
        modify(make("DefaultSelectorTestCase"));
    }

    @Scenario
    static void DefaultSelectorTestCase_test_close() throws Exception {
        close(make("DefaultSelectorTestCase"));
    }

    @Scenario
    static void DefaultSelectorTestCase_test_get_key() throws Exception {
        getKey(make("DefaultSelectorTestCase"));
    }

    @Scenario
    static void DefaultSelectorTestCase_test_get_map() throws Exception {
        getMap(make("DefaultSelectorTestCase"));
    }

    @Scenario
    static void DefaultSelectorTestCase_test_select() throws Exception {
        select(make("DefaultSelectorTestCase"));
    }

    @Scenario
    static void DefaultSelectorTestCase_test_select_read_write() throws Exception {
        selectReadWrite(make("DefaultSelectorTestCase"));
    }

    @Scenario
    static void DefaultSelectorTestCase_test_context_manager() throws Exception {
        contextManager(make("DefaultSelectorTestCase"));
    }

    @Scenario
    static void DefaultSelectorTestCase_test_selector() throws Exception {
        selector(make("DefaultSelectorTestCase"));
    }

    @Scenario
    static void DefaultSelectorTestCase_test_empty_select() throws Exception {
        emptySelect(make("DefaultSelectorTestCase"));
    }

    @Scenario
    static void DefaultSelectorTestCase_test_timeout() throws Exception {
        timeout(make("DefaultSelectorTestCase"));
    }

    static void register(BaseSelector s) throws Exception {
        SocketObject[] p = pair();
        try (SocketObject rd = p[0]; SocketObject wr = p[1]) {
            SelectorKey key = s.register(rd, selectors.EVENT_READ, "data");
            print("SelectorKey", key.fileobj == rd, key.fd == rd.fileno(), key.events, key.data);
            attempt(() -> s.register(0, 999999));
            attempt(() -> s.register(-10, selectors.EVENT_READ));
            attempt(() -> s.register(rd, selectors.EVENT_READ));
            attempt(() -> s.register(rd.fileno(), selectors.EVENT_READ));
            attempt(() -> s.register("abc", selectors.EVENT_READ));
            s.close();
        }
    }

    static void unregister(BaseSelector s) throws Exception {
        SocketObject[] p = pair();
        try (SocketObject rd = p[0]; SocketObject wr = p[1]) {
            s.register(rd, selectors.EVENT_READ);
            print(s.unregister(rd).fileobj == rd);
            attempt(() -> s.unregister(999999));
            attempt(() -> s.unregister(rd));
        }
        s.close();
    }

    static void unregisterAfterFdClose(BaseSelector s) throws Exception {
        SocketObject[] p = pair();
        int r = p[0].fileno();
        int w = p[1].fileno();
        s.register(r, selectors.EVENT_READ);
        s.register(w, selectors.EVENT_WRITE);
        p[0].close();
        p[1].close();
        print(s.unregister(r).fd == r, s.unregister(w).fd == w);
        s.close();
    }

    static void unregisterAfterSocketClose(BaseSelector s) throws Exception {
        SocketObject[] p = pair();
        s.register(p[0], selectors.EVENT_READ);
        s.register(p[1], selectors.EVENT_WRITE);
        p[0].close();
        p[1].close();
        print(s.unregister(p[0]).fileobj == p[0], s.unregister(p[1]).fileobj == p[1]);
        s.close();
    }

    static boolean same(SelectorKey a, SelectorKey b) {
        return a.fileobj == b.fileobj && a.fd == b.fd && a.events == b.events && java.util.Objects.equals(a.data, b.data);
    }

    static void modify(BaseSelector s) throws Exception {
        SocketObject[] p = pair();
        try (SocketObject rd = p[0]; SocketObject wr = p[1]) {
            SelectorKey key = s.register(rd, selectors.EVENT_READ);
            SelectorKey key2 = s.modify(rd, selectors.EVENT_WRITE);
            print(key.events != key2.events, same(key2, s.get_key(rd)), key2.data);
            s.unregister(rd);
            key = s.register(rd, selectors.EVENT_READ, "d1");
            key2 = s.modify(rd, selectors.EVENT_READ, "d2");
            print(key.events == key2.events, !key.data.equals(key2.data), same(key2, s.get_key(rd)), key2.data);
            SelectorKey key3 = s.modify(rd, selectors.EVENT_READ);
            print(key3.data);
            attempt(() -> s.modify(999999, selectors.EVENT_READ));
            attempt(() -> s.modify(rd, 0));
            attempt(() -> s.modify(rd, 4));
        }
        s.close();
    }

    static void close(BaseSelector s) throws Exception {
        Map<Object, SelectorKey> mapping = s.get_map();
        SocketObject[] p = pair();
        try (SocketObject rd = p[0]; SocketObject wr = p[1]) {
            s.register(rd, selectors.EVENT_READ);
            s.register(wr, selectors.EVENT_WRITE);
            print(mapping.size());
            s.close();
            attempt(() -> s.get_key(rd));
            attempt(() -> s.get_key(wr));
            print(s.get_map());
            s.close();
        }
    }

    static void getKey(BaseSelector s) throws Exception {
        SocketObject[] p = pair();
        try (SocketObject rd = p[0]; SocketObject wr = p[1]) {
            SelectorKey key = s.register(rd, selectors.EVENT_READ, "data");
            print(same(key, s.get_key(rd)), s.get_key(rd).data);
            attempt(() -> s.get_key(999999));
        }
        s.close();
    }

    static void getMap(BaseSelector s) throws Exception {
        SocketObject[] p = pair();
        try (SocketObject rd = p[0]; SocketObject wr = p[1]) {
            Map<Object, SelectorKey> keys = s.get_map();
            print(!keys.isEmpty(), keys.size(), new ArrayList<>(keys.keySet()));
            SelectorKey key = s.register(rd, selectors.EVENT_READ, "data");
            print(keys.containsKey(rd), same(key, keys.get(rd)), keys.size(), new ArrayList<>(keys.keySet()).equals(List.of(rd)),
                    keys.containsKey(rd.fileno()));
            print(new ArrayList<>(keys.values()).size() == 1 && same(keys.values().iterator().next(), key));
            attempt(() -> {
                SelectorKey k = keys.get(999999);
                if (k == null) {
                    throw new KeyError("999999");
                }
                return k;
            });
        }
        s.close();
    }

    static void select(BaseSelector s) throws Exception {
        SocketObject[] p = pair();
        try (SocketObject rd = p[0]; SocketObject wr = p[1]) {
            s.register(rd, selectors.EVENT_READ);
            SelectorKey wrKey = s.register(wr, selectors.EVENT_WRITE);
            List<Ready> result = s.select();
            print(result.size(), result.size() == 1 && same(result.get(0).key(), wrKey) && result.get(0).mask() == selectors.EVENT_WRITE);
        }
        s.close();
    }

    static void selectReadWrite(BaseSelector s) throws Exception {
        SocketObject[] p = pair();
        try (SocketObject sock1 = p[0]; SocketObject sock2 = p[1]) {
            sock2.send(builtins.b("foo"));
            SelectorKey myKey = s.register(sock1, selectors.EVENT_READ | selectors.EVENT_WRITE);
            int events = 0;
            for (Ready r : s.select()) {
                print(same(r.key(), myKey));
                events |= r.mask();
            }
            print(events);
        }
        s.close();
    }

    static void contextManager(BaseSelector s) throws Exception {
        SocketObject[] p = pair();
        try (SocketObject rd = p[0]; SocketObject wr = p[1]) {
            try (BaseSelector sel = s) {
                sel.register(rd, selectors.EVENT_READ);
                sel.register(wr, selectors.EVENT_WRITE);
            }
            attempt(() -> s.get_key(rd));
        }
    }

    static void selector(BaseSelector s) throws Exception {
        List<SocketObject[]> pairs = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            pairs.add(pair());
        }
        try {
            for (SocketObject[] q : pairs) {
                s.register(q[0], selectors.EVENT_READ);
                s.register(q[1], selectors.EVENT_WRITE);
            }
            Set<Object> readers = new HashSet<>();
            for (SocketObject[] q : pairs) {
                q[1].send(builtins.b(" This is a test."));
            }
            int got = 0;
            for (int round = 0; round < 10; round++) {
                for (Ready r : s.select(1.0)) {
                    if ((r.mask() & selectors.EVENT_READ) != 0 && readers.add(r.key().fileobj)) {
                        print(((SocketObject) r.key().fileobj).recv(100));
                        s.unregister(r.key().fileobj);
                        got++;
                    }
                }
                if (got == 12) {
                    break;
                }
            }
            print(got);
        } finally {
            s.close();
            for (SocketObject[] q : pairs) {
                q[0].close();
                q[1].close();
            }
        }
    }

    static void emptySelect(BaseSelector s) throws Exception {
        print(s.select(0.0));
        s.close();
    }

    static void timeout(BaseSelector s) throws Exception {
        SocketObject[] p = pair();
        try (SocketObject rd = p[0]; SocketObject wr = p[1]) {
            s.register(wr, selectors.EVENT_WRITE);
            print(s.select(0.0).size(), s.select(-1.0).size());
            s.unregister(wr);
            print(s.select(0.0), s.select(-1.0), s.select(0.01));
        }
        s.close();
    }

    @Scenario
    static void EpollSelectorTestCase_test_fileno() throws Exception {
        try (selectors.EpollSelector s = new selectors.EpollSelector()) {
            print(true, s.fileno() >= 0);
        }
    }

    @Scenario
    static void TestEPoll_test_create() throws Exception {
        select.epoll ep = select.epoll(16, 0);
        print(ep.fileno() > 0, ep.closed());
        ep.close();
        print(ep.closed());
        attempt(ep::fileno);
        select.epoll(-1, 0).close();
        select.epoll(-1, select.EPOLL_CLOEXEC).close();
        attempt(() -> select.epoll(-1, 12356));
    }

    @Scenario
    static void TestEPoll_test_badcreate() {
        for (int arg : new int[] {0, -2}) {
            attempt(() -> select.epoll(arg, 0));
        }
    }

    @Scenario
    static void TestEPoll_test_context_manager() throws Exception {
        select.epoll ep;
        try (select.epoll e = select.epoll(16, 0)) {
            ep = e;
            print(e.fileno() > 0, e.closed());
        }
        print(ep.closed());
        attempt(ep::fileno);
    }

    @Scenario
    static void TestEPoll_test_add() throws Exception {
        SocketObject[] p = pair();
        try (SocketObject a = p[0]; SocketObject b = p[1]) {
            select.epoll ep = select.epoll(2, 0);
            ep.register(a, select.EPOLLIN | select.EPOLLOUT);
            ep.register(b.fileno(), select.EPOLLIN | select.EPOLLOUT);
            attempt(() -> {
                ep.register(a, select.EPOLLIN);
                return null;
            });
            attempt(() -> {
                ep.register(-1, select.EPOLLIN);
                return null;
            });
            attempt(() -> {
                ep.register("abc", select.EPOLLIN);
                return null;
            });
            ep.close();
            attempt(() -> {
                ep.register(a, select.EPOLLIN);
                return null;
            });
        }
    }

    @Scenario
    static void TestEPoll_test_fromfd() throws Exception {
        SocketObject[] p = pair();
        try (SocketObject a = p[0]; SocketObject b = p[1]) {
            select.epoll ep = select.epoll(2, 0);
            select.epoll ep2 = select.epoll.fromfd(ep.fileno());
            ep2.register(a.fileno(), select.EPOLLIN | select.EPOLLOUT);
            ep2.register(b.fileno(), select.EPOLLIN | select.EPOLLOUT);
            List<select.Event> events = ep.poll(1.0, 4);
            List<select.Event> events2 = ep2.poll(0.9, 4);
            print(events.size(), events2.size());
            ep.close();
            attempt(() -> ep2.poll(1.0, 4));
            ep2.close(); // both own the number: left to the Cleaner, it could close a later owner's fd
        }
    }

    static List<List<Integer>> sorted(List<select.Event> events) {
        List<List<Integer>> out = new ArrayList<>();
        for (select.Event e : events) {
            out.add(List.of(e.fd(), e.event()));
        }
        out.sort((x, y) -> x.get(0) != y.get(0).intValue() ? Integer.compare(x.get(0), y.get(0)) : Integer.compare(x.get(1), y.get(1)));
        return out;
    }

    @Scenario
    static void TestEPoll_test_control_and_wait() throws Exception {
        SocketObject[] p = pair();
        try (SocketObject client = p[0]; SocketObject server = p[1]) {
            select.epoll ep = select.epoll(16, 0);
            ep.register(server.fileno(), select.EPOLLIN | select.EPOLLOUT | select.EPOLLET);
            ep.register(client.fileno(), select.EPOLLIN | select.EPOLLOUT | select.EPOLLET);
            List<select.Event> expected = List.of(new select.Event(client.fileno(), select.EPOLLOUT),
                    new select.Event(server.fileno(), select.EPOLLOUT));
            print(sorted(ep.poll(1.0, 4)).equals(sorted(expected)));
            print(ep.poll(0.1, 4));
            client.send(builtins.b("Hello!"));
            server.send(builtins.b("world!!!"));
            expected = List.of(new select.Event(client.fileno(), select.EPOLLIN | select.EPOLLOUT),
                    new select.Event(server.fileno(), select.EPOLLIN | select.EPOLLOUT));
            print(sorted(ep.poll(1.0, 4)).equals(sorted(expected)));
            ep.unregister(client.fileno());
            ep.modify(server.fileno(), select.EPOLLOUT);
            print(ep.poll(1.0, 4).equals(List.of(new select.Event(server.fileno(), select.EPOLLOUT))));
            attempt(() -> ep.poll(1.0, 0));
            attempt(() -> ep.poll(1.0, -2));
            ep.close();
        }
    }

    @Scenario
    static void TestEPoll_test_errors() throws Exception {
        select.epoll ep = select.epoll();
        attempt(() -> {
            ep.modify(999999, select.EPOLLIN);
            return null;
        });
        attempt(() -> {
            ep.unregister(999999);
            return null;
        });
        ep.close();
    }

    @Scenario
    static void TestEPoll_test_unregister_closed() throws Exception {
        SocketObject[] p = pair();
        SocketObject server = p[0];
        int fd = server.fileno();
        select.epoll ep = select.epoll(16, 0);
        ep.register(server);
        print(ep.poll(1.0, 4).equals(List.of(new select.Event(fd, select.EPOLLOUT))));
        server.close();
        attempt(() -> {
            ep.unregister(fd);
            return null;
        });
        print(ep.poll(0.0));
        p[1].close();
        ep.close();
    }

    @Scenario
    static void TestEPoll_test_close() throws Exception {
        SocketObject[] p = pair();
        select.epoll ep = select.epoll();
        ep.close();
        print(ep.closed());
        int f = p[0].fileno();
        attempt(ep::fileno);
        attempt(() -> {
            ep.modify(f, select.EPOLLIN);
            return null;
        });
        attempt(() -> ep.poll(1.0));
        attempt(() -> {
            ep.register(f, select.EPOLLIN);
            return null;
        });
        attempt(() -> {
            ep.unregister(f);
            return null;
        });
        p[0].close();
        p[1].close();
        ep.close();
    }

    @Scenario
    static void TestEPoll_test_constants() {
        print(select.EPOLLIN, select.EPOLLPRI, select.EPOLLOUT, select.EPOLLERR, select.EPOLLHUP, select.EPOLLRDHUP,
                select.EPOLLONESHOT, Integer.toUnsignedLong(select.EPOLLET), select.EPOLL_CLOEXEC, select.EPOLLRDNORM,
                select.EPOLLRDBAND, select.EPOLLWRNORM, select.EPOLLWRBAND, select.EPOLLMSG, select.EPOLLEXCLUSIVE);
    }

    @Scenario
    static void BaseSelectorTestCase_test_key_repr() throws Exception {
        SocketObject[] p = pair();
        try (SocketObject rd = p[0]; SocketObject wr = p[1]; selectors.PollSelector s = new selectors.PollSelector()) {
            SelectorKey key = s.register(rd.fileno(), selectors.EVENT_READ, "data");
            print(key.toString().replace(String.valueOf(rd.fileno()), "FD"));
            key = s.modify(rd.fileno(), selectors.EVENT_READ, java.util.Arrays.asList(1, "x", null));
            print(key.toString().replace(String.valueOf(rd.fileno()), "FD"));
            print(builtins.repr(s.select(0.0)));
        }
    }
}
