package dev.jnasocket.reliability;

import java.util.Random;
import java.util.function.Consumer;

/**
 * The bounded random part of each fuzz target's normal-suite run: Jazzer's regression mode only
 * replays the seeds, so each target is also fed this many seeded pseudo-random inputs, made
 * mostly of the bytes its parser cares about, so a failure reproduces from the seed printed.
 */
final class RandomInputs {
    private RandomInputs() {}

    /**
     * Feeds {@code runs} inputs to {@code target}, stopping early at {@code millis}.
     *
     * @param seed     the random seed
     * @param runs     the most inputs
     * @param millis   the time budget
     * @param maxLen   the longest input
     * @param alphabet bytes to draw from most of the time (the rest are any byte)
     * @param target   the fuzz target's body
     * @return how many inputs ran
     */
    static int feed(long seed, int runs, long millis, int maxLen, byte[] alphabet, Consumer<byte[]> target) {
        Random r = new Random(seed);
        long end = System.nanoTime() + millis * 1_000_000;
        int i = 0;
        for (; i < runs && System.nanoTime() < end; i++) {
            byte[] in = new byte[r.nextInt(maxLen + 1)];
            for (int k = 0; k < in.length; k++) {
                in[k] = r.nextInt(8) == 0 ? (byte) r.nextInt(256) : alphabet[r.nextInt(alphabet.length)];
            }
            try {
                target.accept(in);
            } catch (Throwable t) {
                throw new AssertionError("seed " + seed + ", input #" + i + ": " + java.util.Arrays.toString(in), t);
            }
        }
        return i;
    }
}
