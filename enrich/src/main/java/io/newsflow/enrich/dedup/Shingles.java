package io.newsflow.enrich.dedup;

import java.util.Arrays;
import java.util.List;

/** The set of word n-grams (shingles) of a text, each reduced to a 64-bit hash. */
public final class Shingles {
    private Shingles() {
    }

    /** Distinct hashes of every run of {@code size} consecutive words; a shorter text is one shingle. */
    public static long[] hashes(List<String> words, int size) {
        if (words.isEmpty()) {
            return new long[0];
        }
        int count = Math.max(1, words.size() - size + 1);
        long[] hashes = new long[count];
        for (int start = 0; start < count; start++) {
            hashes[start] = Hash64.of(String.join(" ", words.subList(start, Math.min(words.size(), start + size))));
        }
        return Arrays.stream(hashes).distinct().toArray();
    }
}
