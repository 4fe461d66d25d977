package io.newsflow.enrich.dedup;

import java.util.Arrays;
import java.util.List;

/** The set of word n-grams (shingles) of a text, each reduced to a 64-bit hash. */
public final class Shingles {
    private static final long COMBINE = 0x9e3779b97f4a7c15L;

    private Shingles() {
    }

    /**
     * Distinct hashes of every run of {@code size} consecutive words; a shorter text is one shingle. Each
     * word is hashed once and a shingle's hash combines its words' hashes in order, so no n-gram strings
     * are built.
     */
    public static long[] hashes(List<String> words, int size) {
        if (words.isEmpty()) {
            return new long[0];
        }
        long[] wordHashes = new long[words.size()];
        for (int w = 0; w < wordHashes.length; w++) {
            wordHashes[w] = Hash64.of(words.get(w));
        }
        int count = Math.max(1, wordHashes.length - size + 1);
        long[] hashes = new long[count];
        for (int start = 0; start < count; start++) {
            long hash = size;
            for (int i = start; i < Math.min(wordHashes.length, start + size); i++) {
                hash = Hash64.mix(hash * COMBINE + wordHashes[i]);
            }
            hashes[start] = hash;
        }
        return sortedDistinct(hashes);
    }

    private static long[] sortedDistinct(long[] hashes) {
        Arrays.sort(hashes);
        int distinct = 0;
        for (int i = 0; i < hashes.length; i++) {
            if (i == 0 || hashes[i] != hashes[distinct - 1]) {
                hashes[distinct++] = hashes[i];
            }
        }
        return distinct == hashes.length ? hashes : Arrays.copyOf(hashes, distinct);
    }
}
