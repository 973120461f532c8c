package dev.jnasocket.bench;

import com.sun.jna.Native;
import dev.jnasocket.BlockingIOError;
import dev.jnasocket.OSError;
import dev.jnasocket.SocketObject;
import dev.jnasocket.selectors;
import dev.jnasocket.socket;
import dev.jnasocket.libc.Epoll;
import dev.jnasocket.libc.LibC;
import dev.jnasocket.libc.epoll_event;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.util.function.Function;
import java.util.function.LongUnaryOperator;

/**
 * The workloads of {@link CpuAb}, loaded once per build under test (its class loader links them
 * to that build's classes). Each is a lambda of its own, so each has its own JIT profile; each
 * runs {@code n} operations and returns the calling thread's CPU time for them, in nanoseconds.
 * The calls are those of {@link PairBench} and {@link EagainBench}, and one selector wait that
 * finds a socket ready ({@code select.py}: {@code DefaultSelector().select(1.0)}, the echo
 * server's wait; {@code select.raw}: the raw layer's {@code epoll_wait} under it).
 */
public final class CpuAbLoops implements Function<String, LongUnaryOperator> {
    /** Made by {@link CpuAb} through the class loader of one build. */
    public CpuAbLoops() {}

    private static long sink;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    /** @param w a workload's name (see {@link CpuAb}) @return it, on a new socket pair */
    @Override
    public LongUnaryOperator apply(String w) {
        try {
            return make(w);
        } catch (Exception e) {
            throw new RuntimeException(e);
        }
    }

    private static LongUnaryOperator make(String w) throws Exception {
        ByteBuffer buf = ByteBuffer.allocateDirect(1);
        long addr = BareJna.address(buf);
        switch (w) {
            case "eagain.py": {
                SocketObject[] p = socket.socketpair();
                SocketObject far = p[1];
                far.setblocking(false);
                return n -> {
                    long t = CPU.getCurrentThreadCpuTime(), acc = 0;
                    for (long i = 0; i < n; i++) {
                        buf.clear();
                        try {
                            acc += far.recv_into(buf);
                        } catch (BlockingIOError e) {
                            acc += e.errno();
                        } catch (OSError e) {
                            throw new RuntimeException(e);
                        }
                    }
                    sink += acc;
                    return CPU.getCurrentThreadCpuTime() - t;
                };
            }
            case "eagain.raw": {
                int[] sv = rawPair();
                int b = sv[1];
                LibC.fcntl(b, LibC.F_SETFL, LibC.fcntl(b, LibC.F_GETFL) | LibC.O_NONBLOCK);
                return n -> {
                    long t = CPU.getCurrentThreadCpuTime(), acc = 0;
                    for (long i = 0; i < n; i++) {
                        buf.clear();
                        acc += LibC.recv(b, buf, 1, 0) + LibC.errno();
                    }
                    sink += acc;
                    return CPU.getCurrentThreadCpuTime() - t;
                };
            }
            case "eagain.jna": {
                int[] sv = rawPair();
                int b = sv[1];
                LibC.fcntl(b, LibC.F_SETFL, LibC.fcntl(b, LibC.F_GETFL) | LibC.O_NONBLOCK);
                return n -> {
                    long t = CPU.getCurrentThreadCpuTime(), acc = 0;
                    for (long i = 0; i < n; i++) {
                        acc += BareJna.recv(b, addr, 1, 0) + Native.getLastError();
                    }
                    sink += acc;
                    return CPU.getCurrentThreadCpuTime() - t;
                };
            }
            case "pair.py": {
                SocketObject[] p = socket.socketpair();
                SocketObject near = p[0], far = p[1];
                return n -> {
                    long t = CPU.getCurrentThreadCpuTime(), acc = 0;
                    try {
                        for (long i = 0; i < n; i++) {
                            buf.clear();
                            near.send(buf);
                            buf.clear();
                            acc += far.recv_into(buf);
                        }
                    } catch (OSError e) {
                        throw new RuntimeException(e);
                    }
                    sink += acc;
                    return CPU.getCurrentThreadCpuTime() - t;
                };
            }
            case "pair.raw": {
                int[] sv = rawPair();
                int a = sv[0], b = sv[1];
                return n -> {
                    long t = CPU.getCurrentThreadCpuTime(), acc = 0;
                    for (long i = 0; i < n; i++) {
                        buf.clear();
                        LibC.send(a, buf, 1, 0);
                        acc += LibC.recv(b, buf, 1, 0);
                    }
                    sink += acc;
                    return CPU.getCurrentThreadCpuTime() - t;
                };
            }
            case "pair.jna": {
                int[] sv = rawPair();
                int a = sv[0], b = sv[1];
                return n -> {
                    long t = CPU.getCurrentThreadCpuTime(), acc = 0;
                    for (long i = 0; i < n; i++) {
                        BareJna.send(a, addr, 1, 0);
                        acc += BareJna.recv(b, addr, 1, 0);
                    }
                    sink += acc;
                    return CPU.getCurrentThreadCpuTime() - t;
                };
            }
            case "pair.nio": {
                Links.Link<SocketChannel> link = Links.nioUnixPair();
                SocketChannel near = link.near(), far = link.far();
                return n -> {
                    long t = CPU.getCurrentThreadCpuTime(), acc = 0;
                    try {
                        for (long i = 0; i < n; i++) {
                            buf.clear();
                            near.write(buf);
                            buf.clear();
                            acc += far.read(buf);
                        }
                    } catch (IOException e) {
                        throw new RuntimeException(e);
                    }
                    sink += acc;
                    return CPU.getCurrentThreadCpuTime() - t;
                };
            }
            case "select.py": {
                SocketObject[] p = socket.socketpair();
                p[0].send(new byte[] {'x'}); // never read: the other end stays readable
                selectors.BaseSelector sel = selectors.DefaultSelector();
                sel.register(p[1], selectors.EVENT_READ, null);
                return n -> {
                    long t = CPU.getCurrentThreadCpuTime(), acc = 0;
                    try {
                        for (long i = 0; i < n; i++) {
                            acc += sel.select(1.0).size();
                        }
                    } catch (OSError e) {
                        throw new RuntimeException(e);
                    }
                    sink += acc;
                    return CPU.getCurrentThreadCpuTime() - t;
                };
            }
            case "select.raw": {
                int[] sv = rawPair();
                LibC.send(sv[0], buf, 1, 0); // never read: the other end stays readable
                int ep = Epoll.epoll_create1(0);
                Epoll.epoll_ctl(ep, LibC.EPOLL_CTL_ADD, sv[1], new epoll_event(LibC.EPOLLIN, sv[1]));
                epoll_event.Array events = new epoll_event.Array(2);
                return n -> {
                    long t = CPU.getCurrentThreadCpuTime(), acc = 0;
                    for (long i = 0; i < n; i++) {
                        acc += Epoll.epoll_wait(ep, events, 1000);
                    }
                    sink += acc;
                    return CPU.getCurrentThreadCpuTime() - t;
                };
            }
            default:
                throw new IllegalArgumentException(w);
        }
    }

    private static int[] rawPair() {
        int[] sv = new int[2];
        if (LibC.socketpair(LibC.AF_UNIX, LibC.SOCK_STREAM, 0, sv) != 0) {
            throw new IllegalStateException("socketpair");
        }
        return sv;
    }
}
