package dev.jnasocket.reliability;

import com.sun.jna.Memory;
import dev.jnasocket.SocketObject;
import dev.jnasocket.libc.Epoll;
import dev.jnasocket.libc.Kqueue;
import dev.jnasocket.libc.LibC;
import dev.jnasocket.libc.epoll_event;
import dev.jnasocket.libc.kevent;
import dev.jnasocket.selectors;
import dev.jnasocket.socket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The child JVM of {@code MemorySafetyTest}: scenarios that, done wrong, read or write native
 * memory after it was freed, so a SIGSEGV or a glibc abort kills this process and not the
 * test's. Each scenario prints one line per check; the parent compares them.
 *
 * <p>args: the scenario names to run.
 */
public final class MemorySafetyChild {
    private MemorySafetyChild() {}

    /** @param args scenario names */
    public static void main(String[] args) throws Exception {
        for (String a : args) {
            switch (a) {
                case "closedArrays" -> closedArrays();
                case "closeWhileWaiting" -> closeWhileWaiting();
                case "selectorCloseWhileSelecting" -> selectorCloseWhileSelecting();
                default -> throw new IllegalArgumentException(a);
            }
        }
        System.out.println("alive");
    }

    /** "refused" when the call threw IllegalStateException, else what it returned. */
    private static String attempt(Supplier<Object> call) {
        try {
            return "returned " + call.get();
        } catch (IllegalStateException e) {
            return "refused";
        }
    }

    /** After close every accessor and every call that would hand the memory to the kernel refuses. */
    private static void closedArrays() {
        int epfd = Epoll.epoll_create1(0);
        epoll_event.Array ev = new epoll_event.Array(4);
        ev.close();
        ev.close(); // twice is harmless
        System.out.println("epoll_event.Array.events " + attempt(() -> ev.events(0)));
        System.out.println("epoll_event.Array.data " + attempt(() -> ev.data(0)));
        System.out.println("epoll_wait " + attempt(() -> Epoll.epoll_wait(epfd, ev, 0)));
        kevent.Array kv = new kevent.Array(4);
        kv.close();
        System.out.println("kevent.Array.get " + attempt(() -> kv.get(0)));
        System.out.println("kevent.Array.set " + attempt(() -> {
            kv.set(0, new kevent(0, LibC.EVFILT_READ, LibC.EV_ADD));
            return "";
        }));
        System.out.println("kevent changes " + attempt(() -> Kqueue.kevent(-1, kv, 0, null, 0, 0)));
        System.out.println("kevent events " + attempt(() -> Kqueue.kevent(-1, null, 0, kv, 0, 0)));
        LibC.close(epfd);
    }

    /**
     * close() of an array that another thread is waiting with: the wait keeps the memory until
     * it returns, then the array refuses; memory allocated after the close is never written by
     * the kernel.
     */
    private static void closeWhileWaiting() throws Exception {
        SocketObject[] pair = socket.socketpair();
        int epfd = Epoll.epoll_create1(0);
        Epoll.epoll_ctl(epfd, LibC.EPOLL_CTL_ADD, pair[0].fileno(), new epoll_event(LibC.EPOLLIN, 42));
        int rounds = 50;
        int corrupted = 0;
        int wrongResults = 0;
        for (int round = 0; round < rounds; round++) {
            epoll_event.Array ev = new epoll_event.Array(64);
            CompletableFuture<Integer> waiter = CompletableFuture.supplyAsync(() -> {
                try {
                    return Epoll.epoll_wait(epfd, ev, 5000);
                } catch (IllegalStateException closedFirst) {
                    return 1; // the close came before the wait began: refused, as it must be
                }
            });
            Thread.sleep(round == 0 ? 200 : 5);
            ev.close();
            List<Memory> after = fill(64 * 16);
            pair[1].send(new byte[] {1});
            int n = waiter.get(10, TimeUnit.SECONDS);
            corrupted += intact(after) ? 0 : 1;
            if (n != 1) {
                wrongResults++;
            }
            pair[0].recv(1);
            String read = attempt(() -> ev.events(0));
            if (!read.equals("refused")) {
                wrongResults++;
            }
        }
        System.out.println("closeWhileWaiting corrupted " + corrupted + " wrong " + wrongResults);
        LibC.close(epfd);
        pair[0].close();
        pair[1].close();
    }

    /**
     * CPython: close() of a selector while another thread is in select() frees nothing the wait
     * uses; the wait returns [] (here when an event ends it, well before its timeout).
     */
    private static void selectorCloseWhileSelecting() throws Exception {
        SocketObject[] pair = socket.socketpair();
        int corrupted = 0;
        List<String> results = new ArrayList<>();
        for (int round = 0; round < 20; round++) {
            selectors.BaseSelector sel = selectors.DefaultSelector();
            sel.register(pair[0], selectors.EVENT_READ);
            CompletableFuture<String> waiter = CompletableFuture.supplyAsync(() -> {
                try {
                    return String.valueOf(sel.select(5.0));
                } catch (Exception e) {
                    return e.toString();
                }
            });
            Thread.sleep(round == 0 ? 200 : 10);
            long t0 = System.nanoTime();
            sel.close();
            List<Memory> after = fill(64 * 16);
            pair[1].send(new byte[] {1});
            String r = waiter.get(10, TimeUnit.SECONDS);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            corrupted += intact(after) ? 0 : 1;
            pair[0].recv(1);
            if (!results.contains(r)) {
                results.add(r);
            }
            if (ms > 4000) {
                results.add("slow " + ms);
            }
        }
        System.out.println("selectorCloseWhileSelecting corrupted " + corrupted + " results " + results);
        pair[0].close();
        pair[1].close();
    }

    /** Allocations of sizes near a freed block's, filled with a pattern: malloc hands freed blocks back. */
    private static List<Memory> fill(int max) {
        List<Memory> blocks = new ArrayList<>();
        for (int size = 256; size <= max; size += 16) {
            for (int i = 0; i < 4; i++) {
                Memory m = new Memory(size);
                m.setMemory(0, size, (byte) 0x5a);
                blocks.add(m);
            }
        }
        return blocks;
    }

    private static boolean intact(List<Memory> blocks) {
        boolean ok = true;
        for (Memory m : blocks) {
            byte[] b = m.getByteArray(0, (int) m.size());
            for (byte x : b) {
                ok &= x == 0x5a;
            }
            m.close();
        }
        return ok;
    }
}
