package dev.jnasocket.libc;

import static dev.jnasocket.libc.LibC.*;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The trace against the real strace: {@code src/test/c/trace_calls.c} is compiled and run under
 * {@code strace}, the same calls are made from Java with the trace on, and the two lists of lines
 * must be equal once descriptor numbers and ephemeral ports are replaced by placeholders. Needs
 * gcc and strace (Debian: {@code apt-get install strace}); strace must be able to trace here.
 */
class TraceStraceTest {
    private static final String CALLS = "socket,bind,listen,getsockname,connect,accept,sendto,recvfrom,shutdown,poll,"
            + "getsockopt,setsockopt,fcntl,close,socketpair";

    private static boolean straceWorks(Path dir) {
        try {
            Process p = new ProcessBuilder("strace", "-o", dir.resolve("probe").toString(), "true")
                    .redirectErrorStream(true).redirectOutput(dir.resolve("probe.out").toFile()).start();
            return p.waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** Descriptor numbers and kernel-chosen ports become FD and PORT, so two processes' lines compare. */
    static String normalize(String line) {
        String s = line.replaceFirst("^(\\w+)\\(\\d+", "$1(FD");
        s = s.replaceAll("fd=\\d+", "fd=FD");
        s = s.replaceAll("htons\\([1-9]\\d*\\)", "htons(PORT)");
        s = s.replaceAll("\\[\\d+, \\d+\\]", "[FD, FD]");
        Matcher m = Pattern.compile("^(socket|accept)(\\(.*\\)) = \\d+$").matcher(s);
        return m.matches() ? m.group(1) + m.group(2) + " = FD" : s;
    }

    @Test
    void theTraceOfEachCallIsStracesLine(@TempDir Path dir) throws Exception {
        assumeTrue(Os.HOST == Os.LINUX, "strace is Linux's");
        assumeTrue(straceWorks(dir), "strace is not installed or cannot trace here (apt-get install strace)");
        CProgram c = CProgram.compile("trace_calls.c", dir);
        Path out = dir.resolve("strace.txt");
        CProgram.run(List.of("strace", "-qq", "-e", "trace=" + CALLS, "-o", out.toString(),
                dir.resolve("trace_calls").toString()), dir);
        List<String> strace = new ArrayList<>();
        boolean started = false;
        for (String line : Files.readAllLines(out)) {
            started |= line.startsWith("socket(");
            if (started) {
                strace.add(normalize(line.replaceAll(" +=", " =")));
            }
        }

        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        boolean was = Trace.enabled();
        Trace.output(new PrintStream(TraceFormatTest.fromThisThreadOnly(captured), true, StandardCharsets.UTF_8));
        Trace.enable(true);
        try {
            theSameCallsInJava();
        } finally {
            Trace.enable(was);
            Trace.output(null);
        }
        List<String> java = captured.toString(StandardCharsets.UTF_8).lines().map(TraceStraceTest::normalize).toList();
        assertThat("strace saw the program's calls", strace, hasSize(27));
        assertThat(strace, hasItem("accept(FD, {sa_family=AF_INET, sin_port=htons(PORT), sin_addr=inet_addr(\"127.0.0.1\")}, [128 => 16]) = FD"));
        assertThat(java, contains(strace.toArray()));
    }

    /** trace_calls.c, line for line. */
    private static void theSameCallsInJava() {
        int l = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        setsockopt(l, SOL_SOCKET, SO_REUSEADDR, 1);
        sockaddr_in a = new sockaddr_in();
        a.s_addr(htonl(INADDR_LOOPBACK));
        bind(l, a, a.size());
        listen(l, 10);
        sockaddr_storage ss = new sockaddr_storage();
        int[] n = {ss.size()};
        getsockname(l, ss, n);
        int c = socket(AF_INET, SOCK_STREAM, IPPROTO_TCP);
        connect(c, ss, n[0]);
        n[0] = ss.size();
        int s = accept(l, ss, n);
        sendto(c, "hi\n".getBytes(StandardCharsets.US_ASCII), 3, MSG_NOSIGNAL, null, 0);
        byte[] buf = new byte[100];
        recvfrom(s, buf, buf.length, 0, null, null);
        shutdown(c, SHUT_WR);
        pollfd[] p = {new pollfd(s, POLLIN), new pollfd(l, POLLIN)};
        poll(p, 2, 0);
        getsockopt(s, SOL_SOCKET, SO_ERROR, new int[1]);
        fcntl(s, F_SETFL, O_RDWR | O_NONBLOCK);
        close(s);
        close(c);
        close(l);

        int u = socket(AF_INET6, SOCK_DGRAM, 0);
        sockaddr_in6 a6 = new sockaddr_in6();
        a6.sin6_addr[15] = 1;
        bind(u, a6, a6.size());
        n[0] = ss.size();
        getsockname(u, ss, n);
        sendto(u, new byte[] {'x'}, 1, 0, ss, n[0]);
        n[0] = ss.size();
        recvfrom(u, buf, buf.length, 0, ss, n);
        close(u);

        int[] sv = new int[2];
        socketpair(AF_UNIX, SOCK_STREAM, 0, sv);
        n[0] = ss.size();
        getsockname(sv[0], ss, n);
        close(sv[0]);
        close(sv[1]);
    }
}
