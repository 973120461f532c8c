package dev.jnasocket.bench;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The netty peer of the echo server benchmark: netty's own echo example (write each read,
 * flush at the end of the read batch) on one event-loop thread that both accepts and serves,
 * as our selector server and bench/epoll_echo.c do, with netty's native epoll transport or its
 * NIO one. TCP_NODELAY is off on accepted sockets, as in the other servers (netty turns it on
 * by default); with one request in flight per client it makes no difference to when bytes leave.
 */
final class NettyEcho implements EchoServerProbe.Server {
    private final EventLoopGroup group;
    private final Channel listener;
    private final AtomicInteger active = new AtomicInteger();

    /** @param epoll the native epoll transport (true) or the NIO one (false) */
    NettyEcho(boolean epoll) throws InterruptedException {
        if (epoll && !Epoll.isAvailable()) {
            throw new IllegalStateException("netty's native epoll transport is unavailable", Epoll.unavailabilityCause());
        }
        IoHandlerFactory io = epoll ? EpollIoHandler.newFactory() : NioIoHandler.newFactory();
        Class<? extends ServerChannel> type = epoll ? EpollServerSocketChannel.class : NioServerSocketChannel.class;
        group = new MultiThreadIoEventLoopGroup(1, io);
        ChannelHandler echo = new Echo(active);
        listener = new ServerBootstrap()
                .group(group)
                .channel(type)
                .option(ChannelOption.SO_BACKLOG, 4096)
                .childOption(ChannelOption.TCP_NODELAY, false)
                .childHandler(echo)
                .bind(new InetSocketAddress("127.0.0.1", 0)).sync().channel();
    }

    @Override
    public int port() {
        return ((InetSocketAddress) listener.localAddress()).getPort();
    }

    @Override
    public int activeConnections() {
        return active.get();
    }

    @Override
    public void shutdown() throws InterruptedException {
        listener.close().sync();
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).sync();
    }

    /** netty's EchoServerHandler, shared by every connection, counting the open ones. */
    @ChannelHandler.Sharable
    private static final class Echo extends ChannelInboundHandlerAdapter {
        private final AtomicInteger active;

        Echo(AtomicInteger active) {
            this.active = active;
        }

        @Override
        public void channelActive(ChannelHandlerContext ctx) {
            active.incrementAndGet();
            ctx.fireChannelActive();
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            active.decrementAndGet();
            ctx.fireChannelInactive();
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            ctx.write(msg);
        }

        @Override
        public void channelReadComplete(ChannelHandlerContext ctx) {
            ctx.flush();
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            ctx.close(); // a reset client: drop it, as the other servers do
        }
    }
}
