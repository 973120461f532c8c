package dev.jnasocket.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/**
 * Benchmark 0: one direct-mapped JNA call that makes no syscall ({@code labs}), the cost JNA adds
 * to every call before the kernel's share; rows 1 to 3 put it beside the syscalls' cost.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CallBench {
    /** @return labs(-7), so the JIT keeps the call */
    @Benchmark
    public long jna() {
        return BareJna.labs(-7);
    }
}
