package dev.jnasocket.echo;

import static dev.jnasocket.libc.LibC.*;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

import dev.jnasocket.libc.Os;
import dev.jnasocket.libc.Trace;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The C-shaped echo pair over loopback: byte-exact round trips, the conversation, the failures. */
class RawEchoTest {
    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());
    private static final int MIB = 1 << 20;

    /** A listening socket on a free loopback port; returns {fd, port}. */
    static int[] listener() {
        int fd = RawEchoServer.listenOn("127.0.0.1", 0, 1);
        assertThat(fd, greaterThanOrEqualTo(0));
        int port = RawEchoServer.localPort(fd);
        assertThat(port, allOf(greaterThan(0), lessThanOrEqualTo(65535)));
        return new int[] {fd, port};
    }

    private static CompletableFuture<Long> serveOneInBackground(int listenfd, PrintStream log) {
        return CompletableFuture.supplyAsync(() -> RawEchoServer.serveOne(listenfd, log));
    }

    @Test
    void severalMessagesIncludingOneMebibyteComeBackByteExact() throws Exception {
        byte[] big = new byte[MIB];
        new Random(42).nextBytes(big); // every byte value, NULs included
        byte[] allValues = new byte[256];
        for (int i = 0; i < 256; i++) {
            allValues[i] = (byte) i;
        }
        List<byte[]> messages = List.of("Hello, world".getBytes(StandardCharsets.US_ASCII), new byte[0],
                new byte[] {0}, big, allValues, new byte[RawEchoClient.PIECE + 1]);
        long total = messages.stream().mapToLong(m -> m.length).sum();

        int[] l = listener();
        CompletableFuture<Long> served = serveOneInBackground(l[0], QUIET);
        List<byte[]> replies = RawEchoClient.echo("127.0.0.1", l[1], messages, QUIET);
        assertThat("server's count of bytes echoed", served.get(20, TimeUnit.SECONDS), is(total));
        assertThat(close(l[0]), is(0));

        assertThat(replies, hasSize(messages.size()));
        for (int i = 0; i < messages.size(); i++) {
            assertThat("message " + i, replies.get(i), is(messages.get(i)));
        }
    }

    @Test
    void theConversationIsLoggedInPythonsBytesRepr() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream log = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        int[] l = listener();
        CompletableFuture<Long> served = serveOneInBackground(l[0], log);
        List<byte[]> replies = RawEchoClient.echo("127.0.0.1", l[1],
                List.of("it's".getBytes(StandardCharsets.US_ASCII), new byte[] {'a', '\n', (byte) 0xff}), log);
        assertThat(served.get(10, TimeUnit.SECONDS), is(7L));
        assertThat(close(l[0]), is(0));
        assertThat(replies, hasSize(2));

        String text = bytes.toString(StandardCharsets.UTF_8);
        assertThat(text, containsString("client connected to ('127.0.0.1', " + l[1] + ")\n"));
        assertThat(text, matchesPattern("(?s).*server connected by \\('127\\.0\\.0\\.1', \\d+\\)\n.*"));
        assertThat(text, stringContainsInOrder("client sent b\"it's\"\n", "server echoes b\"it's\"\n",
                "client received b\"it's\"\n", "client sent b'a\\n\\xff'\n", "server echoes b'a\\n\\xff'\n",
                "client received b'a\\n\\xff'\n"));
        assertThat(text, endsWith("server closed the connection after echoing 7 bytes\n"));
    }

    @Test
    void serveForeverServesClientsOneAfterAnotherUntilAcceptFails() throws Exception {
        int[] l = listener();
        CompletableFuture<Integer> server = CompletableFuture.supplyAsync(() -> RawEchoServer.serveForever(l[0], QUIET));
        for (int client = 0; client < 3; client++) {
            byte[] msg = ("client " + client).getBytes(StandardCharsets.US_ASCII);
            List<byte[]> replies = RawEchoClient.echo("127.0.0.1", l[1], List.of(msg), QUIET);
            assertThat(replies, contains(msg));
        }
        // A listener cannot be shut down on macOS, and only shutdown wakes accept on Linux.
        if (Os.HOST == Os.LINUX) {
            assertThat(shutdown(l[0], SHUT_RDWR), is(0));
            assertThat(server.get(10, TimeUnit.SECONDS), is(-1));
        }
        assertThat(close(l[0]), is(0));
        if (Os.HOST == Os.MACOS) {
            assertThat("close wakes accept on macOS", server.get(10, TimeUnit.SECONDS), is(-1));
        }
    }

    @Test
    void aRefusedConnectionReturnsNullWithEconnrefused() {
        int[] l = listener();
        assertThat(close(l[0]), is(0)); // nothing listens on that port any more
        assertThat(RawEchoClient.connectTo("127.0.0.1", l[1], QUIET), is(-1));
        assertThat(errno(), is(ECONNREFUSED));
        assertThat(RawEchoClient.echo("127.0.0.1", l[1], List.of(new byte[] {1}), QUIET), is(nullValue()));
    }

    @Test
    void listeningOnAnAddressThisHostDoesNotHaveFailsWithEaddrnotavail() {
        // 192.0.2.1 is TEST-NET-1 (RFC 5737): never a local address, and bind sends no packet.
        assertThat(RawEchoServer.listenOn("192.0.2.1", 0, 1), is(-1));
        assertThat(errno(), is(EADDRNOTAVAIL));
    }

    @Test
    void listeningOnATakenPortFailsWithEaddrinuse() {
        int[] l = listener();
        try {
            assertThat("SO_REUSEADDR does not allow two listeners", RawEchoServer.listenOn("127.0.0.1", l[1], 1), is(-1));
            assertThat(errno(), is(EADDRINUSE));
        } finally {
            assertThat(close(l[0]), is(0));
        }
    }

    @Test
    void sendingToAClosedPeerFailsWithEpipeInsteadOfRaisingSigpipe() throws Exception {
        int[] l = listener();
        int client = RawEchoClient.connectTo("127.0.0.1", l[1], QUIET);
        assertThat(client, greaterThanOrEqualTo(0));
        int conn = RawEchoServer.acceptClient(l[0], QUIET);
        assertThat(conn, greaterThanOrEqualTo(0));
        assertThat(close(conn), is(0));
        assertThat(close(l[0]), is(0));

        ByteArrayOutputStream trace = new ByteArrayOutputStream();
        Trace.output(new PrintStream(trace, true, StandardCharsets.UTF_8));
        boolean wasOn = Trace.enabled();
        Trace.enable(true);
        byte[] chunk = new byte[64 * 1024];
        List<Integer> errors = new ArrayList<>();
        try {
            // The first send is accepted by the kernel and answered by an RST; a later one fails.
            for (int i = 0; i < 100 && errors.isEmpty(); i++) {
                if (RawIo.sendAll(client, chunk, 0, chunk.length) < 0) {
                    errors.add(errno());
                }
                Thread.sleep(1);
            }
        } finally {
            Trace.enable(wasOn);
            Trace.output(null);
            assertThat(close(client), is(0));
        }
        assertThat(errors, contains(anyOf(is(EPIPE), is(ECONNRESET))));
        String expectedFlags = Os.HOST == Os.LINUX ? "MSG_NOSIGNAL" : "0";
        assertThat(trace.toString(StandardCharsets.UTF_8),
                containsString("send(" + client + ", \"\\x00\\x00\\x00"));
        assertThat(trace.toString(StandardCharsets.UTF_8), containsString(", " + expectedFlags + ") = "));
    }
}
