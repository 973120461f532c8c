package dev.jnasocket.libc;

import static dev.jnasocket.libc.LibC.*;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The trace's exact lines for real calls over loopback: strace's shape, symbolic constants,
 * addresses as strace writes them ({@code {sa_family=AF_INET, sin_port=htons(PORT), ...}}), data as escaped strings, failures as
 * {@code -1 ENAME (strerror text)}; and nothing at all when it is off.
 */
class TraceFormatTest {
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private boolean wasOn;

    /**
     * Keeps only this test thread's lines: the trace is global, and a thread left behind by
     * another test class could otherwise slip a line in between.
     */
    static OutputStream fromThisThreadOnly(OutputStream sink) {
        Thread owner = Thread.currentThread();
        return new OutputStream() {
            @Override
            public void write(int b) {
                if (Thread.currentThread() == owner) {
                    synchronized (sink) {
                        try {
                            sink.write(b);
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }
                }
            }
        };
    }

    @BeforeEach
    void captureTheTrace() {
        wasOn = Trace.enabled();
        Trace.output(new PrintStream(fromThisThreadOnly(captured), true, StandardCharsets.UTF_8));
        Trace.enable(true);
    }

    @AfterEach
    void restoreTheTrace() {
        Trace.enable(wasOn);
        Trace.output(System.err);
    }

    /** The lines traced since the last call, and forgets them. */
    private List<String> lines() {
        String text = captured.toString(StandardCharsets.UTF_8);
        captured.reset();
        return text.isEmpty() ? List.of() : List.of(text.split("\n"));
    }

    private static sockaddr_in loopback(int port) {
        sockaddr_in a = new sockaddr_in();
        a.sin_port = htons(port);
        a.sin_addr[0] = 127;
        a.sin_addr[3] = 1;
        return a;
    }

    /** strace's form of 127.0.0.1:port. */
    private static String in(int port) {
        return "{sa_family=AF_INET, sin_port=htons(" + port + "), sin_addr=inet_addr(\"127.0.0.1\")}";
    }

    private static int portOf(int fd) {
        sockaddr_in a = new sockaddr_in();
        assertThat(getsockname(fd, a, new int[] {a.size()}), is(0));
        return ntohs(a.sin_port);
    }

    @Test
    void aTcpConversationIsTracedCallByCall() {
        int l = socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in any = loopback(0);
        int bound = bind(l, any, any.size());
        int listening = listen(l, 8);
        assertThat(lines(), contains(
                "socket(AF_INET, SOCK_STREAM, IPPROTO_IP) = " + l,
                "bind(" + l + ", " + in(0) + ", 16) = " + bound,
                "listen(" + l + ", 8) = " + listening));
        int port = portOf(l);
        assertThat(lines(), contains("getsockname(" + l + ", " + in(port) + ", [16]) = 0"));

        int c = socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in server = loopback(port);
        int connected = connect(c, server, server.size());
        sockaddr_in peer = new sockaddr_in();
        int[] peerlen = {peer.size()};
        int s = accept(l, peer, peerlen);
        assertThat(lines(), contains(
                "socket(AF_INET, SOCK_STREAM, IPPROTO_IP) = " + c,
                "connect(" + c + ", " + in(port) + ", 16) = " + connected,
                "accept(" + l + ", " + in(ntohs(peer.sin_port)) + ", [16]) = " + s));

        byte[] hello = "Hello, world\n".getBytes(StandardCharsets.US_ASCII);
        long sent = send(c, hello, hello.length, 0);
        byte[] buf = new byte[1024];
        long got = recv(s, buf, buf.length, 0);
        assertThat(sent, is(13L));
        assertThat(got, is(13L));
        assertThat(lines(), contains(
                "send(" + c + ", \"Hello, world\\n\", 13, 0) = 13",
                "recv(" + s + ", \"Hello, world\\n\", 1024, 0) = 13"));

        int closedClient = close(c);
        long eof = recv(s, buf, buf.length, 0);
        int closedServer = close(s);
        int closedListener = close(l);
        assertThat(lines(), contains(
                "close(" + c + ") = " + closedClient,
                "recv(" + s + ", \"\", 1024, 0) = " + eof,
                "close(" + s + ") = " + closedServer,
                "close(" + l + ") = " + closedListener));
        assertThat(List.of(bound, listening, connected, closedClient, (int) eof, closedServer, closedListener),
                everyItem(is(0)));
    }

    @Test
    void failuresShowErrnoByNameAndTextAndLeaveErrnoAlone() {
        int l = socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in any = loopback(0);
        bind(l, any, any.size());
        listen(l, 1);
        int port = portOf(l);

        int other = socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in same = loopback(port);
        lines();
        assertThat(bind(other, same, same.size()), is(-1));
        assertThat("errno after the traced call is the call's own", errno(), is(EADDRINUSE));
        assertThat(lines(), contains("bind(" + other + ", " + in(port) + ", 16) = -1 EADDRINUSE"
                + " (Address already in use)"));

        close(l); // nothing listens on the port now
        int c = socket(AF_INET, SOCK_STREAM, 0);
        lines();
        assertThat(connect(c, same, same.size()), is(-1));
        assertThat("errno after the traced call is the call's own", errno(), is(ECONNREFUSED));
        assertThat(lines(), contains("connect(" + c + ", " + in(port) + ", 16) = -1 ECONNREFUSED"
                + " (Connection refused)"));

        close(c);
        close(other);
        lines();
        assertThat(recv(-1, new byte[8], 8, MSG_DONTWAIT), is(-1L));
        assertThat(errno(), is(EBADF));
        assertThat(lines(), contains("recv(-1, \"\", 8, MSG_DONTWAIT) = -1 EBADF (Bad file descriptor)"));
    }

    @Test
    void dataIsEscapedAndCutAfterThirtyTwoBytes() {
        int[] sv = new int[2];
        assertThat(socketpair(AF_UNIX, SOCK_STREAM, 0, sv), is(0));
        byte[] odd = {0, 1, (byte) 0xff, '"', '\\', '\t', '\r', 'A'};
        byte[] long40 = "0123456789".repeat(4).getBytes(StandardCharsets.US_ASCII);
        lines();
        send(sv[0], odd, odd.length, MSG_DONTWAIT | MSG_NOSIGNAL);
        send(sv[0], long40, 0, 40, 0);
        assertThat(lines(), contains(
                "send(" + sv[0] + ", \"\\x00\\x01\\xff\\\"\\\\\\t\\rA\", 8, MSG_DONTWAIT|MSG_NOSIGNAL) = 8",
                "send(" + sv[0] + ", \"01234567890123456789012345678901\"..., 40, 0) = 40"));
        close(sv[0]);
        close(sv[1]);
        assertThat(lines(), contains("close(" + sv[0] + ") = 0", "close(" + sv[1] + ") = 0"));
    }

    @Test
    void epollEventsAreTracedByName() {
        org.junit.jupiter.api.Assumptions.assumeTrue(Os.HOST == Os.LINUX, "epoll is Linux's");
        int ep = Epoll.epoll_create1(EPOLL_CLOEXEC);
        int[] sv = new int[2];
        assertThat(socketpair(AF_UNIX, SOCK_STREAM, 0, sv), is(0));
        lines();
        // EPOLLIN is 1 like EPOLL_CTL_ADD: the name must come from the event bits, not the ops
        assertThat(Epoll.epoll_ctl(ep, EPOLL_CTL_ADD, sv[0], new epoll_event(EPOLLIN | EPOLLRDHUP | EPOLLET, sv[0])), is(0));
        assertThat(Epoll.epoll_ctl(ep, EPOLL_CTL_MOD, sv[0], new epoll_event(EPOLLOUT | 0x40_0000, sv[0])), is(0));
        assertThat(lines(), contains(
                "epoll_ctl(" + ep + ", EPOLL_CTL_ADD, " + sv[0] + ", {events=EPOLLET|EPOLLIN|EPOLLRDHUP, data=" + sv[0] + "}) = 0",
                "epoll_ctl(" + ep + ", EPOLL_CTL_MOD, " + sv[0] + ", {events=EPOLLOUT|0x400000, data=" + sv[0] + "}) = 0"));
        close(sv[0]);
        close(sv[1]);
        close(ep);
    }

    @Test
    void aFailedGetaddrinfoShowsItsEaiNameNotAnErrno() {
        addrinfo hints = new addrinfo();
        hints.ai_flags = AI_NUMERICHOST; // no lookup leaves the machine: the text is simply no address
        addrinfo[] res = new addrinfo[1];
        int r = getaddrinfo("not-an-address", "80", hints, res);
        assertThat(r, is(EAI_NONAME));
        assertThat(lines(), contains("getaddrinfo(\"not-an-address\", \"80\", {ai_flags=AI_NUMERICHOST, ai_family=AF_UNSPEC,"
                + " ai_socktype=0, ai_protocol=IPPROTO_IP}, [...]) = EAI_NONAME (" + gai_strerror(EAI_NONAME) + ")"));
    }

    @Test
    void getaddrinfoShowsEveryAnswerWithItsConstantsByName() {
        addrinfo hints = new addrinfo();
        hints.ai_flags = AI_NUMERICHOST | AI_PASSIVE;
        hints.ai_family = AF_INET;
        addrinfo[] res = new addrinfo[1];
        assertThat(getaddrinfo("127.0.0.1", "3490", hints, res), is(0));
        freeaddrinfo(res[0]);
        String addr = "ai_addrlen=16, ai_addr={sa_family=AF_INET, sin_port=htons(3490), sin_addr=inet_addr(\"127.0.0.1\")}";
        assertThat(lines(), contains("getaddrinfo(\"127.0.0.1\", \"3490\", {ai_flags=AI_NUMERICHOST|AI_PASSIVE,"
                + " ai_family=AF_INET, ai_socktype=0, ai_protocol=IPPROTO_IP}, ["
                + "{ai_flags=AI_NUMERICHOST|AI_PASSIVE, ai_family=AF_INET, ai_socktype=SOCK_STREAM, ai_protocol=IPPROTO_TCP, " + addr + "}, "
                + "{ai_flags=AI_NUMERICHOST|AI_PASSIVE, ai_family=AF_INET, ai_socktype=SOCK_DGRAM, ai_protocol=IPPROTO_UDP, " + addr + "}, "
                + "{ai_flags=AI_NUMERICHOST|AI_PASSIVE, ai_family=AF_INET, ai_socktype=SOCK_RAW, ai_protocol=IPPROTO_IP, " + addr + "}"
                + "]) = 0", "freeaddrinfo({...}) = 0"));
    }

    @Test
    void optionsFlagsAndValueResultLengthsAreShownAsStraceShowsThem() {
        int l = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, IPPROTO_TCP);
        setsockopt(l, SOL_SOCKET, SO_REUSEADDR, 1);
        sockaddr_in any = loopback(0);
        bind(l, any, any.size());
        listen(l, 1);
        sockaddr_storage ss = new sockaddr_storage();
        int[] len = {ss.size()};
        getsockname(l, ss, len);
        int c = socket(AF_INET, SOCK_STREAM, 0);
        connect(c, ss, len[0]);
        int s = accept4(l, null, null, SOCK_CLOEXEC);
        assertThat(lines(), contains(
                "socket(AF_INET, SOCK_STREAM|SOCK_CLOEXEC, IPPROTO_TCP) = " + l,
                "setsockopt(" + l + ", SOL_SOCKET, SO_REUSEADDR, [1], 4) = 0",
                "bind(" + l + ", " + in(0) + ", 16) = 0",
                "listen(" + l + ", 1) = 0",
                "getsockname(" + l + ", " + in(portOf(l)) + ", [128 => 16]) = 0",
                "socket(AF_INET, SOCK_STREAM, IPPROTO_IP) = " + c,
                "connect(" + c + ", " + in(portOf(l)) + ", 16) = 0",
                "accept4(" + l + ", NULL, NULL, SOCK_CLOEXEC) = " + s));
        lines();
        close(s);
        close(c);
        close(l);
        lines();
    }

    @Test
    void pollAndSelectShowTheRequestAndTheAnswerAsStraceDoes() {
        int[] sv = new int[2];
        assertThat(socketpair(AF_UNIX, SOCK_STREAM, 0, sv), is(0));
        send(sv[1], new byte[] {'x'}, 1, 0);
        lines();
        poll(new pollfd[] {new pollfd(sv[0], POLLIN), new pollfd(sv[1], POLLIN)}, 2, 0);
        fd_set r = new fd_set();
        FD_SET(sv[0], r);
        FD_SET(sv[1], r);
        int nfds = Math.max(sv[0], sv[1]) + 1;
        String both = "[" + Math.min(sv[0], sv[1]) + " " + Math.max(sv[0], sv[1]) + "]";
        select(nfds, r, null, null, new timeval(0, 0));
        assertThat(lines(), contains(
                "poll([{fd=" + sv[0] + ", events=POLLIN}, {fd=" + sv[1] + ", events=POLLIN}], 2, 0) = 1 ([{fd=" + sv[0]
                        + ", revents=POLLIN}])",
                "select(" + nfds + ", " + both + ", NULL, NULL, {tv_sec=0, tv_usec=0}) = 1 (in [" + sv[0]
                        + "], left {tv_sec=0, tv_usec=0})"));
        close(sv[0]);
        close(sv[1]);
        lines();
    }

    @Test
    void nothingIsPrintedWhenTheTraceIsOff() {
        Trace.enable(false);
        int[] sv = new int[2];
        assertThat(socketpair(AF_UNIX, SOCK_STREAM, 0, sv), is(0));
        assertThat(send(sv[0], new byte[] {1}, 1, 0), is(1L));
        assertThat(recv(sv[1], new byte[1], 1, 0), is(1L));
        assertThat(close(sv[0]), is(0));
        assertThat(close(sv[1]), is(0));
        assertThat(close(sv[1]), is(-1)); // a failure is not printed either
        assertThat(captured.size(), is(0));
    }
}
