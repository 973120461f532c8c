package dev.jnasocket;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

import dev.jnasocket.libc.LibC;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thread.interrupt() of a platform thread blocked in a call (a blocking recv or accept in the
 * kernel, or a poll waiting out a timeout) wakes it with InterruptedError [Errno 4] within a
 * short bound; the interrupt status stays set and the socket stays open and usable. (Virtual
 * threads: {@link VirtualThreadsTest}.)
 */
class InterruptTest {

    interface Call {
        Object run() throws OSError;
    }

    /** Blocks a platform thread in {@code call}, interrupts it, and checks how it came out. */
    private static void interruptWakes(Call call) throws Exception {
        CompletableFuture<Object> f = new CompletableFuture<>();
        AtomicBoolean stillInterrupted = new AtomicBoolean();
        Thread t = new Thread(() -> {
            try {
                f.complete(call.run());
            } catch (Throwable e) {
                stillInterrupted.set(Thread.currentThread().isInterrupted());
                f.complete(e);
            }
        });
        t.start();
        Thread.sleep(200);
        assertThat("still blocked", f.isDone(), is(false));
        long t0 = System.nanoTime();
        t.interrupt();
        Object r = f.get(2, TimeUnit.SECONDS);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(r, instanceOf(InterruptedError.class));
        assertThat(((OSError) r).errno(), is(LibC.EINTR));
        assertThat(r.toString(), containsString("[Errno 4]"));
        assertThat("the interrupt status stays set", stillInterrupted.get(), is(true));
        assertThat(ms, lessThan(1000L));
        t.join(1000);
    }

    @Test
    void interruptWakesABlockingRecvAndTheSocketStaysUsable() throws Exception {
        SocketObject[] p = socket.socketpair();
        try {
            interruptWakes(() -> p[0].recv(10));
            p[1].sendall("still open".getBytes());
            p[0].settimeout(2.0);
            assertThat(new String(p[0].recv(64)), is("still open"));
        } finally {
            p[0].close();
            p[1].close();
        }
    }

    @Test
    void interruptWakesARecvWaitingOutATimeout() throws Exception {
        SocketObject[] p = socket.socketpair();
        try {
            p[0].settimeout(30.0);
            interruptWakes(() -> p[0].recv(10));
            assertThat(p[0].gettimeout(), is(30.0));
        } finally {
            p[0].close();
            p[1].close();
        }
    }

    @Test
    void interruptWakesABlockingAcceptAndTheListenerStaysUsable() throws Exception {
        try (SocketObject server = socket.create_server("127.0.0.1", 0)) {
            interruptWakes(server::accept);
            server.settimeout(2.0);
            try (SocketObject c = socket.create_connection("127.0.0.1", server.getsockname().port())) {
                server.accept().conn().close();
            }
        }
    }

    @Test
    void interruptWakesASendOnAFullBuffer() throws Exception {
        SocketObject[] p = socket.socketpair();
        try {
            interruptWakes(() -> {
                p[0].sendall(new byte[8 << 20]);
                return "sent";
            });
        } finally {
            p[0].close();
            p[1].close();
        }
    }

    @Test
    void interruptWakesSelectAndASelector() throws Exception {
        SocketObject[] p = socket.socketpair();
        try {
            interruptWakes(() -> select.select(List.of(p[0]), List.of(), List.of(), null));
            interruptWakes(() -> {
                try (selectors.BaseSelector sel = selectors.DefaultSelector()) {
                    sel.register(p[0], selectors.EVENT_READ, null);
                    return sel.select(null);
                }
            });
        } finally {
            p[0].close();
            p[1].close();
        }
    }

    @Test
    void interruptWakesASendfileOnAFullBuffer(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big");
        Files.write(big, new byte[8 << 20]);
        SocketObject[] p = socket.socketpair();
        try {
            interruptWakes(() -> p[0].sendfile(big));
        } finally {
            p[0].close();
            p[1].close();
        }
    }
}
