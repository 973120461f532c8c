package dev.jnasocket.bench;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The plain-JDK peer of our {@code threads} mode: blocking NIO channels, one virtual thread per
 * connection (Java 21+, found at run time so the benchmark still compiles for Java 17), each
 * reading into its own 64 KiB direct buffer and writing it all back; the JDK parks the thread
 * in its own poller while a read would block.
 */
final class NioVirtualEcho implements EchoServerProbe.Server {
    private final ServerSocketChannel listener;
    private final ExecutorService threads;
    private final AtomicInteger active = new AtomicInteger();

    NioVirtualEcho() throws IOException, ReflectiveOperationException {
        Method perTask = Executors.class.getMethod("newVirtualThreadPerTaskExecutor");
        threads = (ExecutorService) perTask.invoke(null);
        listener = ServerSocketChannel.open(StandardProtocolFamily.INET);
        listener.bind(new InetSocketAddress("127.0.0.1", 0), 4096);
        Thread acceptor = new Thread(this::accept, "nio acceptor"); // a platform thread, as our threads mode's
        acceptor.setDaemon(true);
        acceptor.start();
    }

    private void accept() {
        try {
            for (;;) {
                SocketChannel c = listener.accept();
                threads.execute(() -> serve(c));
            }
        } catch (IOException closed) {
            // shutdown
        }
    }

    private void serve(SocketChannel c) {
        active.incrementAndGet();
        ByteBuffer buf = ByteBuffer.allocateDirect(64 * 1024);
        try (c) {
            while (c.read(buf) > 0) {
                buf.flip();
                while (buf.hasRemaining()) {
                    c.write(buf);
                }
                buf.clear();
            }
        } catch (IOException reset) {
            // the client went away
        } finally {
            active.decrementAndGet();
        }
    }

    @Override
    public int port() throws IOException {
        return ((InetSocketAddress) listener.getLocalAddress()).getPort();
    }

    @Override
    public int activeConnections() {
        return active.get();
    }

    @Override
    public void shutdown() throws IOException, InterruptedException {
        listener.close();
        threads.shutdownNow();
        threads.awaitTermination(5, TimeUnit.SECONDS);
    }
}
