package dev.jnasocket.echo;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** {@code echo-client --count}'s progress line, on a clock the test moves. */
class ProgressTest {
    @Test
    void showsNothingForHalfASecondThenRewritesOneLineAndWipesIt() {
        StringWriter terminal = new StringWriter();
        AtomicLong now = new AtomicLong(1_000_000_000L);
        Progress p = new Progress(200, new PrintWriter(terminal), now::get);
        p.update(1);
        now.addAndGet(400_000_000L);
        p.update(10);
        assertThat("a short run shows nothing", terminal.toString(), is(""));
        now.addAndGet(100_000_000L);
        p.update(50);
        assertThat(terminal.toString(), is("\r50/200 round trips (25%)"));
        now.addAndGet(100_000_000L);
        p.update(60);
        assertThat("four updates a second at most", terminal.toString(), is("\r50/200 round trips (25%)"));
        now.addAndGet(200_000_000L);
        p.update(150);
        p.end();
        assertThat(terminal.toString(), is("\r50/200 round trips (25%)\r150/200 round trips (75%)\r"
                + " ".repeat("150/200 round trips (75%)".length()) + "\r"));
    }

    @Test
    void aRunThatShowedNothingWipesNothing() {
        StringWriter terminal = new StringWriter();
        Progress p = new Progress(5, new PrintWriter(terminal), () -> 0L);
        p.update(5);
        p.end();
        assertThat(terminal.toString(), is(""));
    }
}
