package dev.jnasocket.echo;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

import dev.jnasocket.libc.Trace;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The demo as a first lesson: with the conversation and the trace in one stream (as a terminal
 * shows them), the calls appear in the order they happen, between the lines they cause.
 */
class DemoTest {
    private static String both(ByteArrayOutputStream b) {
        return b.toString(StandardCharsets.UTF_8);
    }

    @Test
    void rawDemoTracesByDefaultTheServerThenTheClientInTheOrderTheyHappen() {
        boolean before = Trace.enabled();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream one = new PrintStream(b, true, StandardCharsets.UTF_8);
        assertThat(both(b), Demo.runRaw(one, one), is(0));
        String text = both(b);
        assertThat(text, stringContainsInOrder(
                "socket(AF_INET, SOCK_STREAM, IPPROTO_IP) = ",
                "setsockopt(", "SO_REUSEADDR",
                "bind(", "sin_addr=inet_addr(\"127.0.0.1\")",
                "listen(",
                "server listening on ('127.0.0.1', ",
                "[server] accept(", ",  <unfinished ...>\n",
                "[client] socket(AF_INET, SOCK_STREAM, IPPROTO_IP) = ",
                "[client] connect(",
                "client sent b'Hello, world'\n",
                "[client] send(", "\"Hello, world\", 12, MSG_NOSIGNAL",
                "server echoes b'Hello, world'\n",
                "[server] send(",
                "client received b'Hello, world'\n",
                "client received b'Goodbye, world'\n",
                "[client] close(",
                "\"\", 1024, 0) = 0", // the server's last recv: one line, or resumed
                "server closed the connection after echoing 26 bytes\n"));
        // accept returns while the client connects: its end may print before or after the client's first lines
        assertThat(text.substring(text.indexOf("[client] socket(")),
                containsString("[server] <... accept resumed>{sa_family=AF_INET, sin_port=htons("));
        assertThat("the server's socket/bind/listen come before any client thread traces",
                text.indexOf("listen("), lessThan(text.indexOf("[client]")));
        assertThat("the trace is switched back", Trace.enabled(), is(before));
    }

    @Test
    void pythonDemoShowsTheServerStartingAndABlockingClientUnderItsOwnHeading() throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream one = new PrintStream(b, true, StandardCharsets.UTF_8);
        assertThat(both(b), Demo.run(one, one, false), is(0));
        String text = both(b);
        assertThat(text, stringContainsInOrder(
                "socket(AF_INET, SOCK_STREAM|SOCK_CLOEXEC, IPPROTO_IP) = ", "bind(", "listen(",
                "echo server (selector mode) listening on ('127.0.0.1', ",
                "-- one client, its calls and the server's traced on standard error --\n",
                "[client-1] connect(", "[client-1] recv(",
                "client 1 sent b'client 1 says goodbye', received b'client 1 says goodbye'\n",
                "closed ('127.0.0.1', ",
                "-- 3 clients at once --\n",
                "served 4 clients, 132 bytes echoed\n"));
        String first = text.substring(0, text.indexOf("-- 3 clients at once --"));
        assertThat("client 1's connection ends under its own heading", first, containsString("closed ('127.0.0.1', "));
        assertThat("the traced client blocks in recv: no poll of its own before each call", first,
                not(containsString("[client-1] poll(")));
        assertThat(first, not(containsString("[client-1] fcntl(" + "\\d+, F_SETFL, O_RDWR|O_NONBLOCK")));
        String rest = text.substring(text.indexOf("-- 3 clients at once --"));
        assertThat(rest.split("closed \\('127.0.0.1', ", -1).length - 1, is(3));
    }
}
