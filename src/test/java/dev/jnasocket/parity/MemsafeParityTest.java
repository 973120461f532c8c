package dev.jnasocket.parity;

import dev.jnasocket.OSError;
import dev.jnasocket.Received;
import dev.jnasocket.SocketObject;
import dev.jnasocket.builtins;
import dev.jnasocket.selectors;
import dev.jnasocket.socket;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;

/** Memory and resource safety of selectors and receives, against CPython. */
class MemsafeParityTest extends ParityTest {
    @Override
    protected String python() {
        return "test_memsafe.py";
    }

    private static void show(Callable<Object> call) throws Exception {
        try {
            System.out.println("ok " + call.call());
        } catch (OSError e) {
            System.out.println(e.getClass().getSimpleName() + " " + e.errno());
        } catch (NoSuchElementException e) {
            System.out.println("KeyError");
        }
    }

    @Scenario
    static void KqueueSelectorTestCase_test_register_bad_fd() throws Exception {
        selectors.BaseSelector sel = selectors.DefaultSelector();
        SocketObject s = socket.socket();
        int closed = s.fileno();
        s.close();
        for (int fd : new int[] {2147483647, 2000000000, 65536, closed}) {
            show(() -> sel.register(fd, selectors.EVENT_READ).fd);
            show(() -> sel.get_key(fd).fd);
        }
        System.out.println(sel.get_map().size());
        sel.close();
    }

    @Scenario
    static void PollSelectorTestCase_test_register_huge_fd() throws Exception {
        selectors.BaseSelector sel = new selectors.PollSelector();
        System.out.println(sel.register(2147483647, selectors.EVENT_READ).fd);
        List<String> ready = new ArrayList<>();
        for (selectors.Ready r : sel.select(0.0)) {
            ready.add("(" + r.key().fd + ", " + r.mask() + ")");
        }
        System.out.println(ready);
        System.out.println(sel.unregister(2147483647).fd);
        System.out.println(sel.get_map().size());
        sel.close();
    }

    @Scenario
    static void BaseSelectorTestCase_test_close_while_selecting() throws Exception {
        SocketObject[] p = socket.socketpair();
        selectors.BaseSelector sel = selectors.DefaultSelector();
        sel.register(p[0], selectors.EVENT_READ);
        List<Object> out = new ArrayList<>();
        Thread t = new Thread(() -> {
            try {
                out.add(sel.select(0.5));
            } catch (OSError e) {
                out.add(e);
            }
        });
        t.start();
        Thread.sleep(100);
        sel.close();
        t.join();
        System.out.println(out);
        p[0].close();
        p[1].close();
    }

    private static SocketObject datagrams(int n) throws OSError {
        SocketObject r = socket.socket(socket.AF_INET, socket.SOCK_DGRAM);
        r.bind("127.0.0.1", 0);
        try (SocketObject w = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)) {
            for (int i = 0; i < n; i++) {
                w.sendto(builtins.b("0123456789"), r.getsockname());
            }
        }
        return r;
    }

    @Scenario
    static void GeneralModuleTests_recv_into_MSG_TRUNC() throws Exception {
        SocketObject r = datagrams(3);
        byte[] buf = new byte[4];
        System.out.println(r.recv_into(buf, 0, socket.MSG_TRUNC) + " " + builtins.repr(buf));
        buf = new byte[8];
        System.out.println(r.recv_into(buf, 3, socket.MSG_TRUNC) + " " + builtins.repr(buf));
        Received got = r.recvfrom(4, socket.MSG_TRUNC);
        System.out.println(builtins.repr(java.util.Arrays.copyOf(got.data(), Math.min(4, got.data().length))) + " "
                + got.addr().host());
        r.close();
    }
}
