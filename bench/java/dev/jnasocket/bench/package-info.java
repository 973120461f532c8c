/**
 * The Java peers of {@code bench/run}: JMH microbenchmarks ({@link CallBench},
 * {@link PairBench}, {@link EagainBench}, {@link PingPongBench}), the stream throughput run ({@link StreamBench})
 * and the echo servers under load ({@link EchoServerProbe}: ours, netty's on both its transports, and
 * blocking NIO on virtual threads). Built only by {@code mvn -Pbench}; netty is a dependency of that
 * profile alone, never of the library. {@link PlainLoop} is the hand-written timing loop that the
 * README compares with JMH; {@link CpuAb} compares two builds (or peers) in one JVM by the calling
 * thread's CPU time, for a machine too busy for wall-clock timing.
 *
 * <p>Every benchmark measures the same four Java peers under the same method names, which
 * {@code bench/report.py} maps to table rows: {@code raw} ({@link dev.jnasocket.libc.LibC} with a
 * direct buffer), {@code pystyle} ({@link dev.jnasocket.SocketObject} with a direct buffer), {@code nio}
 * ({@link java.nio.channels.SocketChannel}) and {@code javanet} ({@link java.net.Socket});
 * {@code rawBytes} and {@code pystyleBytes} are the same layers with {@code byte[]}, and
 * {@code jna} is the floor under them all: the same libc calls through bare JNA ({@link BareJna}).
 */
package dev.jnasocket.bench;
