package dev.jnasocket.reliability;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.jnasocket.OSError;
import dev.jnasocket.SocketObject;
import dev.jnasocket.echo.EchoServer;
import dev.jnasocket.socket;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * The echo server, each mode, fed arbitrary byte streams in arbitrary write sizes: the bytes that
 * come back must be exactly the bytes sent, and the server must go on serving. The servers have
 * a small {@code maxBuffered} so that streams longer than it exercise the "stop reading until
 * drained" path.
 */
class EchoStreamFuzzTest {
    private static final Map<EchoServer.Mode, RunningServer> SERVERS = new EnumMap<>(EchoServer.Mode.class);

    @FuzzTest(maxDuration = "2m")
    void echoStream(byte[] input) throws Exception {
        echo(input);
    }

    @Test
    void seededRandomEchoStreams() {
        byte[] anyByte = new byte[256];
        for (int i = 0; i < 256; i++) {
            anyByte[i] = (byte) i;
        }
        int ran = RandomInputs.feed(8, 300, 3000, 40_000, anyByte, in -> {
            try {
                echo(in);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        assertThat(ran, greaterThan(30));
    }

    /** The fuzz target: byte 0 picks the mode, every byte also sizes the next write. */
    static void echo(byte[] input) throws Exception {
        EchoServer.Mode mode = EchoServer.Mode.values()[input.length > 0 ? (input[0] & 0xff) % 3 : 0];
        RunningServer server = server(mode);
        try (SocketObject s = socket.create_connection("127.0.0.1", server.port, 10.0)) {
            CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> writeInPieces(s, input));
            byte[] back = Workloads.recvExactly(s, input.length);
            writer.get(10, TimeUnit.SECONDS);
            s.shutdown(socket.SHUT_WR);
            assertThat("nothing after the echo", s.recv(1).length, is(0));
            assertThat("echo of " + input.length + " bytes (" + mode + ")", Arrays.equals(back, input), is(true));
        }
        assertThat(server.alive(), is(true));
    }

    private static void writeInPieces(SocketObject s, byte[] data) {
        try {
            for (int off = 0, i = 0; off < data.length; i++) {
                int n = Math.min(data.length - off, 1 + (data[i % data.length] & 0x7f) * 53);
                s.sendall(Arrays.copyOfRange(data, off, off + n));
                off += n;
            }
        } catch (OSError e) {
            throw new RuntimeException(e);
        }
    }

    private static synchronized RunningServer server(EchoServer.Mode mode) throws OSError {
        RunningServer s = SERVERS.get(mode);
        if (s == null) {
            s = new RunningServer(EchoServer.Config.defaults().withMode(mode).withMaxBuffered(4096));
            SERVERS.put(mode, s);
        }
        return s;
    }

    @AfterAll
    static synchronized void stopServers() throws InterruptedException {
        for (RunningServer s : SERVERS.values()) {
            s.close();
        }
        SERVERS.clear();
    }
}
