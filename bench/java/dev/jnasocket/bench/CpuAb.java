package dev.jnasocket.bench;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongUnaryOperator;

/**
 * Two builds of the library, or two peers, compared in one JVM by the CPU time of the calling
 * thread, for a machine too busy for wall-clock timing (a neighbour's build then only shows in
 * the wall figure). Each build is loaded by a class loader of its own, so the same workload of
 * {@link CpuAbLoops} runs against each build's classes, with its own JIT profile; the specs take
 * turns in chunks of about 10 ms (who goes first rotates), and the result is the median, over the
 * rounds, of each spec's ratio to the first spec's time in the same round.
 *
 * <pre>CpuAb SECONDS LABEL=CLASSES:WORKLOAD...</pre>
 *
 * <p>CLASSES is a build's {@code target/bench/classes} (or a copy of an older one); WORKLOAD is one
 * of {@link CpuAbLoops}'s: {@code pair.py}, {@code pair.raw}, {@code pair.jna}, {@code pair.nio},
 * {@code eagain.py}, {@code eagain.raw}, {@code eagain.jna}, {@code select.py}, {@code select.raw}. For example, with an earlier build
 * copied to {@code /tmp/before}:
 * <pre>
 * java -cp "target/bench/classes:$(cat target/bench/classpath.txt)" dev.jnasocket.bench.CpuAb 25 \
 *     before=/tmp/before:pair.py after=target/bench/classes:pair.py nio=target/bench/classes:pair.nio
 * </pre>
 */
public final class CpuAb {
    private CpuAb() {}

    /**
     * Loads {@code dev.jnasocket} classes from its own directory first (the build under test),
     * then from this tool's, and everything else (JNA, the JDK) from the parent.
     */
    private static final class BuildLoader extends URLClassLoader {
        BuildLoader(URL build, URL tool) {
            super(new URL[] {build, tool}, CpuAb.class.getClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith("dev.jnasocket.")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) {
                    c = findClass(name);
                }
                if (resolve) {
                    resolveClass(c);
                }
                return c;
            }
        }
    }

    /**
     * @param args see the class comment
     * @throws Exception if a build cannot be loaded or a socket fails
     */
    @SuppressWarnings("unchecked")
    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: CpuAb SECONDS LABEL=CLASSES:WORKLOAD...");
        }
        double seconds = Double.parseDouble(args[0]);
        int k = args.length - 1;
        String[] label = new String[k];
        LongUnaryOperator[] op = new LongUnaryOperator[k];
        Map<String, Function<String, LongUnaryOperator>> builds = new HashMap<>();
        URL tool = CpuAb.class.getProtectionDomain().getCodeSource().getLocation();
        for (int i = 0; i < k; i++) {
            String[] spec = args[i + 1].split("=", 2);
            int colon = spec[1].lastIndexOf(':');
            label[i] = spec[0];
            String dir = spec[1].substring(0, colon);
            Function<String, LongUnaryOperator> loops = builds.get(dir);
            if (loops == null) {
                loops = (Function<String, LongUnaryOperator>) new BuildLoader(directory(dir), tool)
                        .loadClass(CpuAbLoops.class.getName()).getDeclaredConstructor().newInstance();
                builds.put(dir, loops);
            }
            op[i] = loops.apply(spec[1].substring(colon + 1));
        }
        long[] n = new long[k];
        Arrays.fill(n, 1000);
        long end = System.nanoTime() + 3_000_000_000L; // warm-up: also sizes each chunk to ~10 ms
        while (System.nanoTime() < end) {
            for (int i = 0; i < k; i++) {
                long t = op[i].applyAsLong(n[i]);
                n[i] = Math.max(100, (long) (n[i] * 10e6 / Math.max(t, 1)));
            }
        }
        List<double[]> rounds = new ArrayList<>();
        end = System.nanoTime() + (long) (seconds * 1e9);
        for (int r = 0; System.nanoTime() < end; r++) {
            double[] row = new double[k];
            for (int j = 0; j < k; j++) {
                int i = (j + r) % k;
                row[i] = op[i].applyAsLong(n[i]) / (double) n[i];
            }
            rounds.add(row);
        }
        System.out.printf(Locale.ROOT, "%d rounds of ~10 ms per spec, CPU time of this thread%n", rounds.size());
        for (int i = 0; i < k; i++) {
            double[] ns = new double[rounds.size()];
            double[] ratio = new double[rounds.size()];
            for (int j = 0; j < rounds.size(); j++) {
                ns[j] = rounds.get(j)[i];
                ratio[j] = rounds.get(j)[i] / rounds.get(j)[0];
            }
            Arrays.sort(ns);
            Arrays.sort(ratio);
            int m = ns.length;
            System.out.printf(Locale.ROOT, "%-12s %8.1f ns/op (median; p10 %.1f)  to %s: %.3f (p25 %.3f, p75 %.3f)%n",
                    label[i], ns[m / 2], ns[m / 10], label[0], ratio[m / 2], ratio[m / 4], ratio[3 * m / 4]);
        }
        System.exit(0); // the sockets' threads are not ours to wait for
    }

    private static URL directory(String dir) throws IOException {
        File f = new File(dir);
        if (!f.isDirectory()) {
            throw new IOException("not a directory of classes: " + dir);
        }
        return f.toURI().toURL();
    }
}
