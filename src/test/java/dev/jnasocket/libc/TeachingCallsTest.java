package dev.jnasocket.libc;

import static dev.jnasocket.libc.LibC.*;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The calls and structs a C lesson needs beyond the eight Berkeley calls (sockaddr_storage,
 * select and fd_set, timeval, the hostent lookups, inet_addr/inet_ntoa, read/write, setting
 * errno), each compared with the same thing done in C: {@code src/test/c/teaching.c} is
 * compiled with gcc and run, and its lines are compared with the Java side's.
 */
class TeachingCallsTest {
    /** The descriptors whose fd_set bytes are compared: the ends of each 64-bit word and the last one. */
    private static final String[] FDS = {"0", "3", "63", "64", "100", "1023"};
    /** The texts teaching.c passes to inet_addr, in its order. */
    private static final List<String> INET_ADDR_TEXTS =
            List.of("127.0.0.1", "10.12.110.57", "127.1", "0x7f.1", "255.255.255.255", "1.2.3.256", "bogus", "");

    @TempDir
    static Path dir;

    private static Map<String, String> c;

    @BeforeAll
    static void runTheCProgram() throws IOException, InterruptedException {
        if (Os.HOST == Os.LINUX) {
            c = CProgram.compile("teaching.c", dir).values(dir, FDS);
        }
    }

    private static Map<String, String> linux() {
        assumeTrue(Os.HOST == Os.LINUX, "the C side is compiled against the Linux headers; macOS cannot be run here");
        return c;
    }

    private static String hex(ByteBuffer b) {
        byte[] a = new byte[b.capacity()];
        b.get(0, a);
        return HexFormat.of().formatHex(a);
    }

    @Test
    void structSizesAndOffsetsAreCs() {
        Map<String, String> h = linux();
        Map<String, Integer> java = new LinkedHashMap<>();
        java.put("sizeof.fd_set", fd_set.SIZE);
        java.put("sizeof.timeval", timeval.SIZE);
        java.put("offsetof.timeval.tv_usec", 8);
        java.put("sizeof.hostent", hostent.SIZE);
        java.put("offsetof.hostent.h_name", 0);
        java.put("offsetof.hostent.h_aliases", 8);
        java.put("offsetof.hostent.h_addrtype", 16);
        java.put("offsetof.hostent.h_length", 20);
        java.put("offsetof.hostent.h_addr_list", 24);
        java.put("sizeof.sockaddr_storage", sockaddr_storage.SIZE);
        java.put("offsetof.sockaddr_storage.ss_family", 0);
        java.put("offsetof.sockaddr_in.sin_zero", 8);
        java.put("sizeof.sockaddr_in.sin_zero", new sockaddr_in().sin_zero.length);
        Map<String, Integer> fromC = new LinkedHashMap<>();
        java.keySet().forEach(k -> fromC.put(k, Integer.valueOf(h.get(k))));
        assertThat(fromC, equalTo(java));
        assertThat("FD_SETSIZE bits", fd_set.SIZE * 8, is(FD_SETSIZE));
    }

    @Test
    void fdSetHoldsTheSameBitsAsCs() {
        fd_set set = new fd_set();
        FD_ZERO(set);
        for (String fd : FDS) {
            FD_SET(Integer.parseInt(fd), set);
        }
        ByteBuffer b = ByteBuffer.allocate(fd_set.SIZE);
        set.encode(b, 0);
        assertThat(hex(b), is(linux().get("bytes.fd_set")));
        assertThat(set.toString(), is("[0 3 63 64 100 1023]"));
    }

    @Test
    void fdSetMacrosAndCopyBehaveAsCs() {
        fd_set master = new fd_set();
        FD_SET(4, master);
        FD_SET(70, master);
        fd_set read_fds = new fd_set();
        FD_COPY(master, read_fds); // C: read_fds = master;
        FD_CLR(4, read_fds);
        assertThat("the copy is a copy, not a second name", FD_ISSET(4, master), is(true));
        assertThat(FD_ISSET(4, read_fds), is(false));
        assertThat(FD_ISSET(70, read_fds), is(true));
        assertThat(new fd_set(master).toString(), is("[4 70]"));
        FD_ZERO(master);
        assertThat(master.toString(), is("[]"));
        assertThrows(IllegalArgumentException.class, () -> FD_SET(FD_SETSIZE, master));
        assertThrows(IllegalArgumentException.class, () -> FD_ISSET(-1, master));
        assertThrows(IllegalArgumentException.class, () -> select(FD_SETSIZE + 1, master, null, null, new timeval()));
    }

    @Test
    void timevalIsLaidOutPerOs() {
        timeval tv = new timeval(2, 500000);
        ByteBuffer linux = ByteBuffer.allocate(timeval.SIZE);
        tv.encode(linux, 0, Os.LINUX);
        assertThat(hex(linux), is(linux().get("bytes.timeval")));
        // macOS: long tv_sec, then a 32-bit tv_usec and 4 bytes of padding (PLATFORM.md)
        ByteBuffer mac = ByteBuffer.allocate(timeval.SIZE);
        tv.encode(mac, 0, Os.MACOS);
        assertThat(hex(mac), is("0200000000000000" + "20a10700" + "00000000"));
        timeval back = new timeval();
        back.decode(mac, 0, Os.MACOS);
        assertThat(back.toString(), is("{tv_sec=2, tv_usec=500000}"));
    }

    @Test
    void selectReportsTheReadySetsAndTheTimeLeftAsCDoes() {
        Map<String, String> h = linux();
        int[] sv = new int[2];
        assertThat(socketpair(AF_UNIX, SOCK_STREAM, 0, sv), is(0));
        try {
            assertThat(write(sv[1], new byte[] {'x'}, 1), is(1L));
            fd_set r = new fd_set();
            FD_SET(sv[0], r);
            FD_SET(sv[1], r);
            int n = select(Math.max(sv[0], sv[1]) + 1, r, null, null, new timeval(0, 0));
            assertThat(n + " " + bit(FD_ISSET(sv[0], r)) + " " + bit(FD_ISSET(sv[1], r)), is(h.get("select.ready")));

            FD_ZERO(r);
            FD_SET(sv[1], r);
            timeval wait = new timeval(0, 20000);
            n = select(sv[1] + 1, r, null, null, wait);
            assertThat(n + " " + bit(FD_ISSET(sv[1], r)) + " " + wait.tv_sec + " " + wait.tv_usec, is(h.get("select.timeout")));
        } finally {
            close(sv[0]);
            close(sv[1]);
        }
    }

    private static int bit(boolean b) {
        return b ? 1 : 0;
    }

    @Test
    void inetAddrAndInetNtoaGiveCsAnswers() {
        Map<String, String> h = linux();
        for (int i = 0; i < INET_ADDR_TEXTS.size(); i++) {
            assertThat("inet_addr(\"" + INET_ADDR_TEXTS.get(i) + "\")",
                    Integer.toUnsignedString(inet_addr(INET_ADDR_TEXTS.get(i))), is(h.get("inet_addr." + i)));
        }
        assertThat(inet_addr("bogus"), is(INADDR_NONE));
        sockaddr_in a = new sockaddr_in();
        a.s_addr(htonl(0xc0a80001));
        assertThat(inet_ntoa(a.sin_addr), is(h.get("inet_ntoa")));
        a.s_addr(inet_addr("10.12.110.57"));
        assertThat(inet_ntop(AF_INET, a.sin_addr), is("10.12.110.57"));
        assertThat(a.s_addr(), is(inet_addr("10.12.110.57")));
    }

    @Test
    void gethostbynameAndHErrnoAreCs() {
        Map<String, String> h = linux();
        hostent he = gethostbyname("localhost");
        assertThat(he, is(notNullValue()));
        assertThat(he.h_name + " " + he.h_addrtype + " " + he.h_length + " " + inet_ntoa(he.h_addr),
                is(h.get("gethostbyname.localhost")));
        assertThat(he.h_addr_list[0], is(he.h_addr));

        assertThat(gethostbyname("256.256.256.256"), is(nullValue()));
        assertThat("1 " + h_errno() + " " + hstrerror(h_errno()), is(h.get("gethostbyname.bad")));
        assertThat(h_errno(), is(HOST_NOT_FOUND));
        assertThat(hstrerror(NO_DATA), is(h.get("hstrerror.NO_DATA")));

        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            herror("gethostbyname");
        } finally {
            System.setErr(err);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8), is("gethostbyname: " + hstrerror(HOST_NOT_FOUND) + "\n"));
    }

    @Test
    void hErrnoIsPerThreadAsGlibcKeepsIt() throws InterruptedException {
        assertThat(gethostbyname("256.256.256.256"), is(nullValue()));
        int[] other = new int[1];
        Thread t = new Thread(() -> {
            gethostbyname("localhost");
            other[0] = h_errno();
        });
        t.start();
        t.join(10_000);
        assertThat(other[0], is(0));
        assertThat("another thread's success leaves this thread's h_errno", h_errno(), is(HOST_NOT_FOUND));
    }

    @Test
    void gethostbyaddrFindsLocalhost() {
        byte[] lo = {127, 0, 0, 1};
        hostent he = gethostbyaddr(lo, 4, AF_INET);
        assertThat(he, is(notNullValue()));
        assertThat(he.h_name, is("localhost"));
        assertThrows(IllegalArgumentException.class, () -> gethostbyaddr(lo, 5, AF_INET));
    }

    @Test
    void readAndWriteWorkOnAnyDescriptorAndErrnoCanBeSet() {
        int[] sv = new int[2];
        assertThat(socketpair(AF_UNIX, SOCK_STREAM, 0, sv), is(0));
        byte[] buf = new byte[16];
        assertThat(write(sv[0], "hello".getBytes(StandardCharsets.US_ASCII), 5), is(5L));
        assertThat(read(sv[1], buf, buf.length), is(5L));
        assertThat(new String(buf, 0, 5, StandardCharsets.US_ASCII), is("hello"));
        close(sv[0]);
        assertThat("end of file", read(sv[1], buf, buf.length), is(0L));
        close(sv[1]);

        errno(EINTR);
        assertThat(errno(), is(EINTR));
        errno(0); // C: errno = 0;
        assertThat(errno(), is(0));
        assertThat(read(-1, buf, 1), is(-1L));
        assertThat(errno(), is(EBADF));
        assertThrows(IllegalArgumentException.class, () -> read(0, buf, 17));
        assertThrows(IllegalArgumentException.class, () -> write(1, null, 0));
    }

    @Test
    void sockaddrStorageReceivesAnAddressOfEitherFamily() {
        for (int family : new int[] {AF_INET, AF_INET6}) {
            int l = socket(family, SOCK_STREAM, 0);
            sockaddr bindTo = loopback(family);
            assertThat(bind(l, bindTo, bindTo.size()), is(0));
            assertThat(listen(l, 1), is(0));
            sockaddr_storage local = new sockaddr_storage();
            int[] len = {local.size()};
            assertThat(getsockname(l, local, len), is(0));
            int c = socket(family, SOCK_STREAM, 0);
            assertThat(connect(c, local, len[0]), is(0)); // a storage is passed as the address it holds

            sockaddr_storage their_addr = new sockaddr_storage();
            int[] sin_size = {their_addr.size()};
            int s = accept(l, their_addr, sin_size);
            assertThat(s, greaterThanOrEqualTo(0));
            assertThat(their_addr.ss_family, is(family));
            assertThat(their_addr.sa_family(), is(family));
            if (family == AF_INET) {
                assertThat(sin_size[0], is(sockaddr_in.SIZE));
                assertThat(inet_ntop(AF_INET, their_addr.as_in().sin_addr), is("127.0.0.1"));
                assertThat(their_addr.as_in().sin_port, is(portOf(c, new sockaddr_in())));
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class, their_addr::as_in6);
                assertThat(e.getMessage(), containsString("ss_family is AF_INET, not AF_INET6"));
            } else {
                assertThat(sin_size[0], is(sockaddr_in6.SIZE));
                assertThat(inet_ntop(AF_INET6, their_addr.as_in6().sin6_addr), is("::1"));
                assertThat(their_addr.as_in6().sin6_port, is(portOf(c, new sockaddr_in6())));
                assertThrows(IllegalArgumentException.class, their_addr::as_in);
            }
            assertThat(their_addr.toString(), is(their_addr.as_family().toString()));
            close(s);
            close(c);
            close(l);
        }
    }

    private static sockaddr loopback(int family) {
        if (family == AF_INET) {
            sockaddr_in a = new sockaddr_in();
            a.s_addr(htonl(INADDR_LOOPBACK));
            return a;
        }
        sockaddr_in6 a = new sockaddr_in6();
        a.sin6_addr[15] = 1;
        return a;
    }

    private static int portOf(int fd, sockaddr a) {
        int[] len = {a.size()};
        assertThat(getsockname(fd, a, len), is(0));
        return a instanceof sockaddr_in in ? in.sin_port : ((sockaddr_in6) a).sin6_port;
    }

    @Test
    void sockaddrStorageRoundTripsThroughRecvfromAndSendto() {
        int a = socket(AF_INET, SOCK_DGRAM, 0);
        int b = socket(AF_INET, SOCK_DGRAM, 0);
        sockaddr lo = loopback(AF_INET);
        assertThat(bind(a, lo, lo.size()), is(0));
        sockaddr_storage aAddr = new sockaddr_storage();
        int[] len = {aAddr.size()};
        assertThat(getsockname(a, aAddr, len), is(0));
        assertThat(sendto(b, new byte[] {'q'}, 1, 0, aAddr, len[0]), is(1L));

        sockaddr_storage from = new sockaddr_storage();
        int[] fromlen = {from.size()};
        byte[] buf = new byte[8];
        assertThat(recvfrom(a, buf, buf.length, 0, from, fromlen), is(1L));
        assertThat(sendto(a, buf, 1, 0, from, fromlen[0]), is(1L)); // reply to whoever sent it
        assertThat(recv(b, buf, buf.length, MSG_DONTWAIT), is(1L));
        assertThat(new sockaddr_storage(from.as_in()).toString(), is(from.toString()));
        close(a);
        close(b);
    }

    @Test
    void sockaddrStorageDecodesMacosLayout() {
        sockaddr_in6 in6 = new sockaddr_in6();
        in6.sin6_family = 30; // AF_INET6 on macOS
        in6.sin6_port = htons(8080);
        in6.sin6_addr[15] = 1;
        ByteBuffer b = ByteBuffer.allocate(sockaddr_storage.SIZE).order(ByteOrder.nativeOrder());
        in6.encode(b, Os.MACOS);
        sockaddr_storage ss = new sockaddr_storage();
        ss.read(b, sockaddr_in6.SIZE, Os.MACOS);
        assertThat(ss.ss_family, is(30));
        assertThat(b.get(0), is((byte) 28)); // sin6_len
        assertThat(ntohs(ss.as_in6().sin6_port), is(8080));
        assertThat(ss.as_in6().sin6_addr[15], is((byte) 1));
    }

    @Test
    void sinZeroIsSentAsItIs() {
        sockaddr_in a = new sockaddr_in();
        a.sin_zero[7] = 9;
        ByteBuffer b = ByteBuffer.allocate(sockaddr_in.SIZE);
        a.encode(b, Os.LINUX);
        assertThat(b.get(15), is((byte) 9));
    }
}
