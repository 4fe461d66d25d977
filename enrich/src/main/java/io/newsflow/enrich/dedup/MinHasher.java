package io.newsflow.enrich.dedup;

import java.util.SplittableRandom;

/**
 * Computes MinHash signatures with a fixed family of hash functions. The family is derived from a
 * constant seed: signatures are stored, so every instance, run and restart must use the same functions.
 */
public final class MinHasher {
    private static final long FAMILY_SEED = 0x6e657773666c6f77L;
    /**
     * Each minimum keeps its low 16 bits (b-bit MinHash): every dedup bucket stores the signatures of its
     * members, so a signature is stored once per band; two different minima then agree by chance with
     * probability 1/65536, which moves a resemblance estimate by far less than its sampling error.
     */
    static final long VALUE_MASK = 0xFFFF;
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

    /**
     * Function i maps a shingle hash h to the high 32 bits of (a_i * h + b_i) with odd a_i: a
     * multiply-shift family, cheap enough to apply every function to every shingle. One function at a time
     * over all shingles, so its constants and its minimum stay in registers.
     */
    public MinHashSignature signature(long[] shingleHashes) {
        int[] values = new int[multipliers.length];
        for (int i = 0; i < values.length; i++) {
            long multiplier = multipliers[i];
            long offset = offsets[i];
            long minimum = Long.MAX_VALUE;
            for (long shingle : shingleHashes) {
                minimum = Math.min(minimum, (multiplier * shingle + offset) >>> 32);
            }
            values[i] = (int) (minimum & VALUE_MASK);
        }
        return new MinHashSignature(values, shingleHashes.length);
    }
}
