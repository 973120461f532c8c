package dev.jnasocket.echo;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

import dev.jnasocket.JavaCommand;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The echo server and client on two hosts: two network namespaces joined by a veth pair,
 * 192.0.2.1/24 and 192.0.2.2/24 (TEST-NET-1, never routed), server in one and client in the
 * other, each a separate JVM started with {@code ip netns exec}. The namespaces are removed
 * afterwards. Where the machine cannot make namespaces (not root, no {@code ip}), the test says
 * so on standard output and fails its assumption visibly rather than passing.
 */
class NetnsEchoTest {
    private static final String A = "jnasock-a" + ProcessHandle.current().pid();
    private static final String B = "jnasock-b" + ProcessHandle.current().pid();

    private static int sh(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(20, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException(String.join(" ", cmd) + " hung");
        }
        if (p.exitValue() != 0) {
            System.out.println(String.join(" ", cmd) + " -> " + p.exitValue() + ": " + out.strip());
        }
        return p.exitValue();
    }

    private static List<String> javaIn(String ns, String... args) {
        List<String> cmd = new ArrayList<>(List.of("ip", "netns", "exec", ns));
        cmd.addAll(JavaCommand.command());
        cmd.add(Main.class.getName());
        cmd.addAll(List.of(args));
        return cmd;
    }

    @Test
    void echoAcrossTwoNamespaces() throws Exception {
        boolean canMake = new File("/proc/self/ns/net").exists() && sh("ip", "netns", "add", A) == 0;
        if (!canMake) {
            System.out.println("NetnsEchoTest: this machine cannot create network namespaces (needs root and iproute2);"
                    + " the cross-host echo was NOT tested here.");
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(canMake, "network namespaces unavailable: cross-host echo not tested");
        Process server = null;
        try {
            assertThat(sh("ip", "netns", "add", B), is(0));
            assertThat(sh("ip", "link", "add", "jsv" + A.hashCode() % 1000, "type", "veth", "peer", "name", "jsw" + A.hashCode() % 1000), is(0));
            String va = "jsv" + A.hashCode() % 1000;
            String vb = "jsw" + A.hashCode() % 1000;
            assertThat(sh("ip", "link", "set", va, "netns", A), is(0));
            assertThat(sh("ip", "link", "set", vb, "netns", B), is(0));
            assertThat(sh("ip", "-n", A, "addr", "add", "192.0.2.1/24", "dev", va), is(0));
            assertThat(sh("ip", "-n", B, "addr", "add", "192.0.2.2/24", "dev", vb), is(0));
            for (String[] up : new String[][] {{A, va}, {B, vb}, {A, "lo"}, {B, "lo"}}) {
                assertThat(sh("ip", "-n", up[0], "link", "set", up[1], "up"), is(0));
            }
            server = new ProcessBuilder(javaIn(A, "echo-server", "--host", "192.0.2.1", "--port", "50007"))
                    .redirectErrorStream(true).start();
            // Wait until the server answers from the other namespace (bounded: 30 tries).
            String out = "";
            int code = -1;
            for (int i = 0; i < 30 && code != 0; i++) {
                Process client = new ProcessBuilder(javaIn(B, "echo-client", "--host", "192.0.2.1", "--port", "50007",
                        "hello across hosts")).redirectErrorStream(true).start();
                out = new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(client.waitFor(20, TimeUnit.SECONDS), is(true));
                code = client.exitValue();
                if (code != 0) {
                    Thread.sleep(300);
                }
            }
            assertThat(out, code, is(0));
            assertThat(out, containsString("Received b'hello across hosts'"));
            System.out.println("NetnsEchoTest: client in " + B + " (192.0.2.2) got from the server in " + A
                    + " (192.0.2.1): " + out.strip());
        } finally {
            if (server != null) {
                server.destroy();
                if (!server.waitFor(10, TimeUnit.SECONDS)) {
                    server.destroyForcibly();
                }
            }
            sh("ip", "netns", "del", A); // deleting a namespace removes its end of the veth pair, and so both
            sh("ip", "netns", "del", B);
        }
    }
}
