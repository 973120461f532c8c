package dev.jnasocket.libc;

import static dev.jnasocket.libc.LibC.*;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The raw layer alone, over loopback: the eight Berkeley calls and their errors. */
class RawLayerTest {

    private static sockaddr_in loopback(int port) {
        sockaddr_in a = new sockaddr_in();
        a.sin_port = htons(port);
        assertThat(inet_pton(AF_INET, "127.0.0.1", a.sin_addr), is(1));
        return a;
    }

    /** Binds and listens on a free loopback port; returns {fd, port}. */
    private static int[] listener() {
        int fd = socket(AF_INET, SOCK_STREAM, 0);
        assertThat(fd, greaterThanOrEqualTo(0));
        sockaddr_in a = loopback(0);
        assertThat(bind(fd, a, a.size()), is(0));
        assertThat(listen(fd, 8), is(0));
        sockaddr_in got = new sockaddr_in();
        int[] len = {got.size()};
        assertThat(getsockname(fd, got, len), is(0));
        return new int[] {fd, ntohs(got.sin_port)};
    }

    @Test
    void echoRoundTripThroughTheEightCalls() {
        int[] l = listener();
        int c = socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in to = loopback(l[1]);
        assertThat(connect(c, to, to.size()), is(0));
        sockaddr_in peer = new sockaddr_in();
        int[] plen = {peer.size()};
        int s = accept(l[0], peer, plen);
        assertThat(s, greaterThanOrEqualTo(0));
        assertThat(plen[0], is(16));
        assertThat(inet_ntop(AF_INET, peer.sin_addr), is("127.0.0.1"));
        assertThat(peer.sin_family, is(AF_INET));

        byte[] msg = "Hello, world".getBytes(StandardCharsets.US_ASCII);
        assertThat(send(c, msg, msg.length, 0), is((long) msg.length));
        byte[] buf = new byte[1024];
        long n = recv(s, buf, buf.length, 0);
        assertThat(n, is((long) msg.length));
        assertThat(send(s, buf, n, 0), is(n));
        byte[] back = new byte[1024];
        assertThat(recv(c, back, back.length, 0), is(n));
        assertThat(new String(back, 0, (int) n, StandardCharsets.US_ASCII), is("Hello, world"));

        assertThat(close(c), is(0));
        assertThat("EOF after the peer closed", recv(s, buf, buf.length, 0), is(0L));
        assertThat(close(s), is(0));
        assertThat(close(l[0]), is(0));
    }

    @Test
    void directBufferSendAndRecvAtPosition() {
        int[] sv = new int[2];
        assertThat(socketpair(AF_UNIX, SOCK_STREAM, 0, sv), is(0));
        ByteBuffer out = ByteBuffer.allocateDirect(16);
        out.put("xxabc".getBytes(StandardCharsets.US_ASCII)).position(2);
        assertThat(send(sv[0], out, 3, 0), is(3L));
        ByteBuffer in = ByteBuffer.allocateDirect(16);
        in.position(5);
        assertThat(recv(sv[1], in, 3, 0), is(3L));
        assertThat(in.get(5), is((byte) 'a'));
        assertThat(in.get(7), is((byte) 'c'));
        assertThat(in.get(4), is((byte) 0));
        assertThrows(IllegalArgumentException.class, () -> recv(sv[1], in, 12, 0));
        assertThrows(IllegalArgumentException.class, () -> send(sv[1], ByteBuffer.allocate(4), 4, 0));
        close(sv[0]);
        close(sv[1]);
    }

    @Test
    void connectToAClosedPortIsRefused() {
        int[] l = listener();
        close(l[0]); // the port is now closed
        int c = socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in to = loopback(l[1]);
        assertThat(connect(c, to, to.size()), is(-1));
        assertThat(errno(), is(ECONNREFUSED));
        assertThat(strerror(errno()), is("Connection refused"));
        close(c);
    }

    @Test
    void secondBindToABoundPortIsAddressInUse() {
        int[] l = listener();
        int fd = socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in a = loopback(l[1]);
        assertThat(bind(fd, a, a.size()), is(-1));
        assertThat(errno(), is(EADDRINUSE));
        close(fd);
        close(l[0]);
    }

    @Test
    void callsOnAClosedFdAreBadFileDescriptor() {
        int fd = socket(AF_INET, SOCK_STREAM, 0);
        assertThat(close(fd), is(0));
        byte[] b = new byte[4];
        assertThat(recv(fd, b, 4, 0), is(-1L));
        assertThat(errno(), is(EBADF));
        assertThat(send(fd, b, 4, 0), is(-1L));
        assertThat(errno(), is(EBADF));
        assertThat(listen(fd, 1), is(-1));
        assertThat(errno(), is(EBADF));
        assertThat(close(fd), is(-1));
        assertThat(errno(), is(EBADF));
    }

    @Test
    void getsocknameAfterBindingPortZeroGivesTheRealPort() {
        int fd = socket(AF_INET6, SOCK_DGRAM, 0);
        sockaddr_in6 a = new sockaddr_in6();
        assertThat(inet_pton(AF_INET6, "::1", a.sin6_addr), is(1));
        assertThat(bind(fd, a, a.size()), is(0));
        sockaddr_in6 got = new sockaddr_in6();
        int[] len = {got.size()};
        assertThat(getsockname(fd, got, len), is(0));
        assertThat(len[0], is(28));
        assertThat(ntohs(got.sin6_port), allOf(greaterThan(0), lessThan(65536)));
        assertThat(inet_ntop(AF_INET6, got.sin6_addr), is("::1"));
        close(fd);
    }

    @Test
    void udpSendtoRecvfromCarriesTheSender() {
        int a = socket(AF_INET, SOCK_DGRAM, 0);
        int b = socket(AF_INET, SOCK_DGRAM, 0);
        sockaddr_in la = loopback(0);
        bind(a, la, la.size());
        int[] len = {16};
        getsockname(a, la, len);
        byte[] d = {1, 2, 3};
        assertThat(sendto(b, d, 3, 0, la, la.size()), is(3L));
        byte[] in = new byte[8];
        sockaddr_in from = new sockaddr_in();
        int[] flen = {from.size()};
        assertThat(recvfrom(a, in, in.length, 0, from, flen), is(3L));
        assertThat(in[2], is((byte) 3));
        sockaddr_in bn = new sockaddr_in();
        int[] blen = {16};
        getsockname(b, bn, blen);
        assertThat(from.sin_port, is(bn.sin_port));
        close(a);
        close(b);
    }

    @Test
    void socketOptionsRoundTrip() {
        int fd = socket(AF_INET, SOCK_STREAM, 0);
        assertThat(setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, 1), is(0));
        int[] v = {0};
        assertThat(getsockopt(fd, SOL_SOCKET, SO_REUSEADDR, v), is(0));
        assertThat(v[0], is(1));
        assertThat(getsockopt(fd, SOL_SOCKET, SO_TYPE, v), is(0));
        assertThat(v[0], is(SOCK_STREAM));
        byte[] raw = new byte[4];
        int[] rlen = {4};
        assertThat(getsockopt(fd, IPPROTO_TCP, TCP_NODELAY, raw, rlen), is(0));
        assertThat(rlen[0], is(4));
        assertThat(setsockopt(fd, SOL_SOCKET, 9999, 1), is(-1));
        assertThat(errno(), is(ENOPROTOOPT));
        int fl = fcntl(fd, F_GETFL);
        assertThat(fl & O_NONBLOCK, is(0));
        assertThat(fcntl(fd, F_SETFL, fl | O_NONBLOCK), is(0));
        assertThat(fcntl(fd, F_GETFL) & O_NONBLOCK, is(O_NONBLOCK));
        close(fd);
    }

    @Test
    void nonBlockingRecvOnEmptySocketIsEagainAndPollTimesOut() {
        int[] sv = new int[2];
        socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
        byte[] b = new byte[1];
        assertThat(recv(sv[0], b, 1, MSG_DONTWAIT), is(-1L));
        assertThat(errno(), is(EAGAIN));
        pollfd[] p = {new pollfd(sv[0], POLLIN), new pollfd(sv[1], POLLOUT)};
        assertThat(poll(p, 2, 0), is(1));
        assertThat(p[0].revents, is(0));
        assertThat(p[1].revents & POLLOUT, is(POLLOUT));
        assertThat(poll1(sv[0], POLLIN, 10), is(0));
        send(sv[1], b, 1, 0);
        assertThat(poll1(sv[0], POLLIN, 1000) & POLLIN, is(POLLIN));
        close(sv[0]);
        close(sv[1]);
    }

    @Test
    void getaddrinfoResolvesNumericHostsAndReportsFailures() {
        addrinfo hints = new addrinfo();
        hints.ai_family = AF_INET;
        hints.ai_socktype = SOCK_STREAM;
        hints.ai_flags = AI_NUMERICHOST;
        addrinfo[] res = new addrinfo[1];
        assertThat(getaddrinfo("127.0.0.1", "8080", hints, res), is(0));
        sockaddr_in a = (sockaddr_in) res[0].ai_addr;
        assertThat(ntohs(a.sin_port), is(8080));
        assertThat(res[0].ai_socktype, is(SOCK_STREAM));
        freeaddrinfo(res[0]);
        freeaddrinfo(res[0]); // a second free is a no-op, not a double free
        assertThat(getaddrinfo("not an address", null, hints, res), is(EAI_NONAME));
        assertThat(gai_strerror(EAI_NONAME), is("Name or service not known"));
    }

    @Test
    void badArgumentsAreRefusedBeforeAnyNativeCall() {
        int fd = socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in a = loopback(0);
        assertThrows(IllegalArgumentException.class, () -> bind(fd, null, 16));
        assertThrows(IllegalArgumentException.class, () -> bind(fd, a, 17));
        assertThrows(IllegalArgumentException.class, () -> bind(fd, a, -1));
        assertThrows(IllegalArgumentException.class, () -> connect(fd, a, 1000));
        assertThrows(IllegalArgumentException.class, () -> accept(fd, a, new int[] {200}));
        assertThrows(IllegalArgumentException.class, () -> accept(fd, a, new int[] {-5}));
        assertThrows(IllegalArgumentException.class, () -> accept(fd, a, null));
        assertThrows(IllegalArgumentException.class, () -> getsockname(fd, a, new int[] {129}));
        assertThrows(IllegalArgumentException.class, () -> recv(fd, new byte[4], 5, 0));
        assertThrows(IllegalArgumentException.class, () -> recv(fd, new byte[4], -1, 0));
        assertThrows(IllegalArgumentException.class, () -> recv(fd, (byte[]) null, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> send(fd, new byte[4], 3, 2, 0));
        assertThrows(IllegalArgumentException.class, () -> send(fd, new byte[4], -1, 2, 0));
        assertThrows(IllegalArgumentException.class, () -> getsockopt(fd, SOL_SOCKET, SO_TYPE, new byte[4], new int[] {8}));
        assertThrows(IllegalArgumentException.class, () -> setsockopt(fd, SOL_SOCKET, SO_TYPE, new byte[4], 5));
        assertThrows(IllegalArgumentException.class, () -> poll(new pollfd[1], 2, 0));
        assertThrows(IllegalArgumentException.class, () -> poll(new pollfd[1], 1, 0));
        assertThrows(IllegalArgumentException.class, () -> inet_pton(AF_INET6, "::1", new byte[4]));
        assertThrows(IllegalArgumentException.class, () -> inet_ntop(AF_INET, new byte[3]));
        assertThrows(IllegalArgumentException.class, () -> socketpair(AF_UNIX, SOCK_STREAM, 0, new int[1]));
        assertThat("the socket is still usable", close(fd), is(0));
    }
}
