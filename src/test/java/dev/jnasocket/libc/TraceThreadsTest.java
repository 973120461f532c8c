package dev.jnasocket.libc;

import static dev.jnasocket.libc.LibC.*;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

import dev.jnasocket.JavaCommand;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the trace shows when calls block and threads interleave, as {@code strace -f} does:
 * {@code accept(3,  <unfinished ...>} when another thread traces while it waits (or after a
 * while), {@code <... accept resumed>} when it returns, a {@code [thread]} tag on every line once
 * a second thread traces; and the optional timestamps and output file.
 */
class TraceThreadsTest {
    private static final String SERVER = "trace-test-server";
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private boolean wasOn;
    private String me;

    @BeforeEach
    void capture() {
        wasOn = Trace.enabled();
        me = Thread.currentThread().getName();
        Trace.output(new PrintStream(captured, true, StandardCharsets.UTF_8));
        Trace.resetThreads();
        Trace.enable(true);
    }

    @AfterEach
    void restore() {
        Trace.enable(wasOn);
        Trace.output(null);
        Trace.resetThreads();
    }

    /** The captured lines of this test's two threads (a thread left behind by another test class may trace too). */
    private List<String> lines() {
        List<String> out = new ArrayList<>();
        for (String l : captured.toString(StandardCharsets.UTF_8).split("\n")) {
            if (l.startsWith("[" + me + "] ") || l.startsWith("[" + SERVER + "] ")) {
                out.add(l);
            }
        }
        return out;
    }

    private static void awaitInCall(Thread t) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!Trace.inCall(t) && System.nanoTime() < deadline) {
            Thread.sleep(2);
        }
        assertThat(t.getName() + " is in its call", Trace.inCall(t), is(true));
    }

    @Test
    void aBlockedAcceptIsUnfinishedWhileTheClientConnectsThenResumed() throws Exception {
        int l = socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in any = new sockaddr_in();
        any.s_addr(htonl(INADDR_LOOPBACK));
        bind(l, any, any.size());
        listen(l, 1);
        sockaddr_in bound = new sockaddr_in();
        getsockname(l, bound, new int[] {bound.size()});
        int[] accepted = {-1};
        sockaddr_storage peer = new sockaddr_storage();
        Thread server = new Thread(() -> accepted[0] = accept(l, peer, new int[] {peer.size()}), SERVER);
        server.start();
        awaitInCall(server);
        captured.reset();

        int c = socket(AF_INET, SOCK_STREAM, 0);
        assertThat(connect(c, bound, bound.size()), is(0));
        server.join(5_000);
        String text = String.join("\n", lines());
        String peerText = Pattern.quote(peer.toString());
        assertThat(text, matchesPattern(Pattern.compile(
                Pattern.quote("[" + SERVER + "] accept(" + l + ",  <unfinished ...>") + "\n"
                + Pattern.quote("[" + me + "] socket(AF_INET, SOCK_STREAM, IPPROTO_IP) = " + c) + "\n"
                // connect and accept return at about the same moment: either may print first
                + "(?s).*" + Pattern.quote("[" + SERVER + "] <... accept resumed>") + peerText
                + Pattern.quote(", [128 => 16]) = " + accepted[0]) + ".*")));
        assertThat(text, anyOf(containsString("[" + me + "] connect(" + c + ", " + bound + ", 16) = 0"),
                allOf(containsString("[" + me + "] connect(" + c + ", " + bound + ", 16 <unfinished ...>"),
                        containsString("[" + me + "] <... connect resumed>) = 0"))));
        close(accepted[0]);
        close(c);
        close(l);
    }

    @Test
    void aCallBlockedLongIsShownUnfinishedEvenWhenNoOtherThreadTraces() throws Exception {
        int[] sv = new int[2];
        assertThat(socketpair(AF_UNIX, SOCK_STREAM, 0, sv), is(0));
        long[] got = {-2};
        byte[] buf = new byte[8];
        Thread server = new Thread(() -> got[0] = recv(sv[0], buf, buf.length, 0), SERVER);
        captured.reset();
        Trace.resetThreads(); // the server thread is the only one tracing from here until the write
        server.start();
        String unfinished = "recv(" + sv[0] + ",  <unfinished ...>";
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!captured.toString(StandardCharsets.UTF_8).contains(unfinished) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat("one thread alone: no tag yet", captured.toString(StandardCharsets.UTF_8), startsWith(unfinished + "\n"));
        assertThat(write(sv[1], "ok".getBytes(StandardCharsets.US_ASCII), 2), is(2L));
        server.join(5_000);
        assertThat(got[0], is(2L));
        assertThat(lines(), hasItems("[" + SERVER + "] <... recv resumed>\"ok\", 8, 0) = 2"));
        close(sv[0]);
        close(sv[1]);
    }

    @Test
    void aCallThatReturnsAtOnceIsOneLine() {
        int[] sv = new int[2];
        assertThat(socketpair(AF_UNIX, SOCK_STREAM, 0, sv), is(0));
        send(sv[1], new byte[] {'a'}, 1, 0);
        captured.reset();
        recv(sv[0], new byte[4], 4, 0);
        assertThat(captured.toString(StandardCharsets.UTF_8), is("recv(" + sv[0] + ", \"a\", 4, 0) = 1\n"));
        close(sv[0]);
        close(sv[1]);
    }

    /** A child JVM's whole trace: {@code -Djnasocket.trace.time} and {@code -Djnasocket.trace.file} are read once, at start. */
    @Test
    void timestampsAndAnOutputFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("trace.txt");
        Path err = dir.resolve("err.txt");
        List<String> cmd = JavaCommand.command();
        cmd.addAll(List.of("-Djnasocket.trace=true", "-Djnasocket.trace.time=true",
                "-Djnasocket.trace.file=" + file, TraceChild.class.getName()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(err.toFile()).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS), is(true));
        assertThat(Files.readString(err), p.exitValue(), is(0));
        assertThat("nothing on standard error", Files.readString(err), not(containsString("socket(")));
        List<String> trace = Files.readAllLines(file);
        assertThat(trace, contains(
                matchesPattern("\\d\\d:\\d\\d:\\d\\d\\.\\d{6} socket\\(AF_INET, SOCK_DGRAM, IPPROTO_IP\\) = \\d+"),
                matchesPattern("\\d\\d:\\d\\d:\\d\\d\\.\\d{6} close\\(\\d+\\) = 0")));
    }
}
