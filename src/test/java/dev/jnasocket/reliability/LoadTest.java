package dev.jnasocket.reliability;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

import dev.jnasocket.echo.EchoServer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The short version of the soak run ({@code mvn -Psoak verify}), under ~20 s: 200 concurrent
 * clients of 256 KiB through the selector server, then 5,000 connections one after another,
 * byte-exact, with the process's open fds the same before and after.
 */
class LoadTest {
    @Test
    void concurrentThenSequentialClientsLoseNothingAndLeakNoFd() throws Exception {
        try (RunningServer warm = RunningServer.start(EchoServer.Mode.SELECTOR)) {
            Workloads.concurrent(warm.port, 1, 1, 10_000); // first use opens the JVM's lazily opened files
            Workloads.sequential(warm.port, 1, 0);
        }
        List<String> before = sockets(Workloads.openFds());
        try (RunningServer srv = RunningServer.start(EchoServer.Mode.SELECTOR)) {
            Workloads.Concurrent c = Workloads.concurrent(srv.port, 200, 256 * 1024, 60_000);
            assertThat("every client finished", c.finished(), is(true));
            assertThat("bytes lost", c.bytesLost(), is(0L));
            assertThat("bytes back", c.bytesReceived(), is(200L * 256 * 1024));
            assertThat("echoes with a wrong CRC32", c.mismatched(), is(0));
            assertThat("bytes lost, sequential", Workloads.sequential(srv.port, 5_000, 1), is(0L));
            assertThat(srv.awaitIdle(5000), is(true));
            assertThat(srv.server.served.get(), is(5_200L));
            assertThat(srv.server.bytesOut.get(), is(srv.server.bytesIn.get()));
        }
        assertThat("no fd left open", sockets(Workloads.openFds()), is(before));
    }

    /**
     * The fds a server can leak: sockets, pipes, epoll/kqueue. Jars are left out: the JVM opens and
     * closes those on its own (a fuzz test's agent jar, run earlier in this JVM, is closed by a GC).
     */
    private static List<String> sockets(List<String> fds) {
        return fds.stream().filter(f -> !f.endsWith(".jar")).toList();
    }
}
