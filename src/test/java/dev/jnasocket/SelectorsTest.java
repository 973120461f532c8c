package dev.jnasocket;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.jnasocket.libc.LibC;
import dev.jnasocket.libc.Os;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The selectors module, after CPython's Lib/test/test_selectors.py, for every selector this OS has. */
class SelectorsTest {
    interface Maker {
        selectors.BaseSelector make() throws OSError;
    }

    static Stream<Maker> selectorKinds() {
        return Stream.of(selectors::DefaultSelector, selectors.PollSelector::new);
    }

    private static SocketObject[] pair() throws OSError {
        return socket.socketpair();
    }

    @ParameterizedTest
    @MethodSource("selectorKinds")
    void registerReturnsAKeyAndRefusesBadInput(Maker m) throws Exception {
        // CPython: BaseSelectorTestCase.test_register
        try (selectors.BaseSelector s = m.make()) {
            SocketObject[] p = pair();
            selectors.SelectorKey key = s.register(p[0], selectors.EVENT_READ, "data");
            assertThat(key.fileobj, sameInstance(p[0]));
            assertThat(key.fd, is(p[0].fileno()));
            assertThat(key.events, is(selectors.EVENT_READ));
            assertThat(key.data, is("data"));
            // CPython: invalid events
            assertThat(assertThrows(IllegalArgumentException.class, () -> s.register(p[1], 999)).getMessage(),
                    is("Invalid events: 999"));
            assertThrows(IllegalArgumentException.class, () -> s.register(p[1], 0));
            // registered twice
            assertThat(assertThrows(KeyError.class, () -> s.register(p[0], selectors.EVENT_READ))
                    .getMessage(), endsWith("(FD " + p[0].fileno() + ") is already registered"));
            // negative fd
            assertThat(assertThrows(IllegalArgumentException.class, () -> s.register(-1, selectors.EVENT_READ))
                    .getMessage(), is("Invalid file descriptor: -1"));
            p[0].close();
            p[1].close();
        }
    }

    @ParameterizedTest
    @MethodSource("selectorKinds")
    void unregisterWorksAfterCloseAndRefusesUnknown(Maker m) throws Exception {
        // CPython: test_unregister, test_unregister_after_fd_close, test_unregister_after_socket_close
        try (selectors.BaseSelector s = m.make()) {
            SocketObject[] p = pair();
            s.register(p[0], selectors.EVENT_READ);
            p[0].close();
            selectors.SelectorKey k = s.unregister(p[0]);
            assertThat(k.fileobj, sameInstance(p[0]));
            assertThat(s.get_map().isEmpty(), is(true));
            assertThrows(NoSuchElementException.class, () -> s.unregister(p[0]));
            assertThat(assertThrows(NoSuchElementException.class, () -> s.get_key(p[1])).getMessage(),
                    endsWith("is not registered"));
            p[1].close();
        }
    }

    @ParameterizedTest
    @MethodSource("selectorKinds")
    void modifyChangesEventsAndData(Maker m) throws Exception {
        // CPython: test_modify, test_modify_unregister
        try (selectors.BaseSelector s = m.make()) {
            SocketObject[] p = pair();
            s.register(p[0], selectors.EVENT_READ, "a");
            selectors.SelectorKey k = s.modify(p[0], selectors.EVENT_WRITE, "b");
            assertThat(k.events, is(selectors.EVENT_WRITE));
            assertThat(s.get_key(p[0]).data, is("b"));
            assertThat(s.modify(p[0], selectors.EVENT_WRITE, "c").data, is("c"));
            List<selectors.Ready> ready = s.select(0.0);
            assertThat(ready, hasSize(1));
            assertThat(ready.get(0).mask(), is(selectors.EVENT_WRITE));
            assertThrows(NoSuchElementException.class, () -> s.modify(p[1], selectors.EVENT_READ, null));
            p[0].close();
            p[1].close();
        }
    }

    @ParameterizedTest
    @MethodSource("selectorKinds")
    void selectReportsReadinessAndTimesOut(Maker m) throws Exception {
        // CPython: test_select, test_timeout
        try (selectors.BaseSelector s = m.make()) {
            SocketObject[] p = pair();
            s.register(p[0], selectors.EVENT_READ, "reader");
            long t0 = System.nanoTime();
            assertThat(s.select(0.1), is(empty()));
            double secs = (System.nanoTime() - t0) / 1e9;
            assertThat(secs, allOf(greaterThanOrEqualTo(0.09), lessThan(2.0)));
            p[1].send(new byte[] {7});
            List<selectors.Ready> ready = s.select(1.0);
            assertThat(ready, hasSize(1));
            assertThat(ready.get(0).key().data, is("reader"));
            assertThat(ready.get(0).mask(), is(selectors.EVENT_READ));
            p[0].close();
            p[1].close();
        }
    }

    @ParameterizedTest
    @MethodSource("selectorKinds")
    void manyConnectionsAllBecomeReadable(Maker m) throws Exception {
        // CPython: ScalableSelectorMixIn.test_above_fd_setsize (scaled down)
        try (selectors.BaseSelector s = m.make()) {
            List<SocketObject[]> pairs = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                SocketObject[] p = pair();
                pairs.add(p);
                s.register(p[0], selectors.EVENT_READ, i);
                p[1].send(new byte[] {1});
            }
            assertThat(s.select(2.0), hasSize(50));
            assertThat(s.get_map().size(), is(50));
            for (SocketObject[] p : pairs) {
                p[0].close();
                p[1].close();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("selectorKinds")
    void closedSelectorActsAsCPythons(Maker m) throws Exception {
        // CPython: test_close; the kernel-queue selectors reach their closed epoll/kqueue object,
        // the poll selector its poll object, which has no close and goes on polling
        selectors.BaseSelector s = m.make();
        SocketObject[] p = pair();
        try (SocketObject a = p[0]; SocketObject b = p[1]) {
            s.register(a, selectors.EVENT_READ);
            s.close();
            s.close(); // a second close does nothing
            assertThat(s.get_map(), nullValue());
            assertThat(assertThrows(IllegalStateException.class, () -> s.get_key(a)).getMessage(), is("Selector is closed"));
            assertThrows(KeyError.class, () -> s.unregister(a));
            if (s instanceof selectors.PollSelector) {
                assertThat(s.select(0.0), empty());
            } else {
                String kind = Os.HOST == Os.LINUX ? "epoll" : "kqueue";
                assertThat(assertThrows(IllegalArgumentException.class, () -> s.select(0.0)).getMessage(),
                        is("I/O operation on closed " + kind + " object"));
            }
        }
    }

    @Test
    void aClosedKqueueObjectRaisesCPythonsValueError() throws Exception {
        // CPython's selectmodule.c kqueue_queue_err_closed; select.kqueue exists only on macOS
        // there, but fromfd makes one on any OS, so the closed path is checked here too
        SocketObject[] p = pair();
        p[1].close();
        select.kqueue kq = select.kqueue.fromfd(p[0].detach());
        kq.close();
        kq.close(); // a second close does nothing
        assertThat(kq.closed(), is(true));
        assertThat(assertThrows(IllegalArgumentException.class, kq::fileno).getMessage(), is("I/O operation on closed kqueue object"));
        assertThat(assertThrows(IllegalArgumentException.class, () -> kq.control(null, -1, -1.0)).getMessage(),
                is("I/O operation on closed kqueue object")); // CPython checks closed before the arguments
    }

    @ParameterizedTest
    @MethodSource("selectorKinds")
    void peerHangUpWakesAReader(Maker m) throws Exception {
        // CPython: test_select_read_write (EOF is readable)
        try (selectors.BaseSelector s = m.make()) {
            SocketObject[] p = pair();
            s.register(p[0], selectors.EVENT_READ);
            p[1].close();
            assertThat(s.select(1.0), hasSize(1));
            assertThat(p[0].recv(1).length, is(0));
            p[0].close();
        }
    }

    @org.junit.jupiter.api.Test
    void selectModuleAndPollObject() throws Exception {
        SocketObject[] p = pair();
        select.Selected none = select.select(List.of(p[0]), List.of(), List.of(), 0.0);
        assertThat(none.r(), is(empty()));
        select.Selected w = select.select(List.of(p[0]), List.of(p[1]), List.of(), 0.0);
        assertThat(w.w(), contains(p[1]));
        p[1].send(new byte[] {1});
        assertThat(select.select(List.of(p[0]), List.of(), List.of(), 1.0).r(), contains(p[0]));
        assertThrows(IllegalArgumentException.class, () -> select.select(List.of(), List.of(), List.of(), -1.0));
        select.Poll poll = select.poll();
        poll.register(p[0], select.POLLIN);
        List<select.Event> ev = poll.poll(1000);
        assertThat(ev, contains(new select.Event(p[0].fileno(), select.POLLIN)));
        poll.unregister(p[0]);
        assertThrows(NoSuchElementException.class, () -> poll.unregister(p[0]));
        assertThat(assertThrows(OSError.class, () -> poll.modify(p[1], select.POLLIN)).getMessage(),
                is(Errnos.text(LibC.ENOENT)));
        int closedFd = p[1].fileno();
        p[1].close();
        assertThat(assertThrows(OSError.class, () -> select.select(List.of(closedFd), List.of(), List.of(), 0.0))
                .errno(), is(dev.jnasocket.libc.LibC.EBADF));
        p[0].close();
    }
}
