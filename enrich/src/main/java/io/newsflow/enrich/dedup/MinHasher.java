package io.newsflow.enrich.dedup;

import java.util.SplittableRandom;

/**
 * Computes MinHash signatures with a fixed family of hash functions. The family is derived from a
 * constant seed: signatures are stored, so every instance, run and restart must use the same functions.
 */
public final class MinHasher {
    private static final long FAMILY_SEED = 0x6e657773666c6f77L;
    private final long[] multipliers;
    private final long[] offsets;

    public MinHasher(int functions) {
        if (functions <= 0) {
            throw new IllegalArgumentException("need at least one hash function, got " + functions);
        }
        SplittableRandom random = new SplittableRandom(FAMILY_SEED);
        multipliers = new long[functions];
        offsets = new long[functions];
        for (int i = 0; i < functions; i++) {
            multipliers[i] = random.nextLong() | 1L;
            offsets[i] = random.nextLong();
        }
    }

    public MinHashSignature signature(long[] shingleHashes) {
        int[] minima = new int[multipliers.length];
        for (int i = 0; i < minima.length; i++) {
            long min = Long.MAX_VALUE;
            for (long shingle : shingleHashes) {
                long hashed = Hash64.mix(shingle * multipliers[i] + offsets[i]) >>> 1;
                if (hashed < min) {
                    min = hashed;
                }
            }
            minima[i] = (int) (min >>> 31);
        }
        return new MinHashSignature(minima, shingleHashes.length);
    }
}
