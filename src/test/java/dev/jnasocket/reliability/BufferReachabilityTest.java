package dev.jnasocket.reliability;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.*;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A direct buffer that nothing else refers to, handed to a blocking {@code LibC.send} or
 * {@code LibC.recv}: the bindings pass its address to libc, so they must keep the buffer itself
 * reachable until the call returns, or a GC frees its memory while the kernel still reads or
 * fills it (a short send with EFAULT, or bytes written into another allocation).
 *
 * <p>Whether a dead argument is collectable depends on the JIT: an interpreted frame keeps every
 * local, compiled code only what is used later. So the child compiles exactly the calling method
 * and the bindings ({@code -Xcomp} with {@code compileonly}, which also keeps its start-up fast) and
 * the outcome is deterministic: without a reachability fence every run frees the buffer mid-call.
 */
class BufferReachabilityTest {
    @ParameterizedTest
    @ValueSource(strings = {"send", "recv"})
    void aTemporaryDirectBufferIsNotFreedWhileTheCallBlocks(String call) throws Exception {
        List<String> jit = new ArrayList<>(List.of("-Xcomp", "-XX:CompileCommand=quiet",
                "-XX:CompileCommand=compileonly,dev.jnasocket.libc.LibC::" + call,
                "-XX:CompileCommand=compileonly,dev.jnasocket.reliability.BufferReachabilityChild::*"));
        try (ChildJvm child = new ChildJvm(jit, List.of(), ChildJvm.testClasspath(), List.of(),
                BufferReachabilityChild.class.getName(), call)) {
            String err = child.awaitExit(30_000);
            assertThat(err, child.exitValue(), is(0));
            assertThat(child.nextLine(1000), is("freed during the call: false"));
            long expected = call.equals("send") ? 4 << 20 : 65536;
            assertThat(child.nextLine(1000), is("returned: " + expected));
            assertThat(child.nextLine(1000), is("peer moved: " + expected));
        }
    }
}
