package io.newsflow.enrich.bench;

import io.newsflow.enrich.story.HashedVector;
import io.newsflow.enrich.story.TermStatistics;
import java.util.Collection;

/**
 * Document frequencies for the benchmark in one open-addressing table of feature hashes and counts,
 * allocated at full size up front. A lookup is one probe into the same arrays whether ten thousand or
 * a million articles were counted, as a key-value store get is meant to be; a hash map of strings and
 * boxed counts instead chases three objects per lookup, and its cache misses grow with its size.
 */
final class CompactTermStatistics implements TermStatistics {
    private final long[] hashes;
    private final long[] counts;
    private final int mask;
    private int used;
    private long documents;

    /** Room for {@code capacity} distinct features; the table is twice that, rounded up to a power of two. */
    CompactTermStatistics(int capacity) {
        int slots = Integer.highestOneBit(Math.max(2, capacity * 2 - 1)) << 1;
        hashes = new long[slots];
        counts = new long[slots];
        mask = slots - 1;
    }

    @Override
    public long documents() {
        return documents;
    }

    @Override
    public long documentFrequency(String feature) {
        return counts[slot(HashedVector.hashOf(feature))];
    }

    @Override
    public void addDocument(Collection<String> features) {
        documents++;
        for (String feature : features) {
            long hash = HashedVector.hashOf(feature);
            int slot = slot(hash);
            if (counts[slot] == 0) {
                if (++used > hashes.length / 2) {
                    throw new IllegalStateException("more than " + hashes.length / 2 + " distinct features");
                }
                hashes[slot] = hash;
            }
            counts[slot]++;
        }
    }

    /** The slot holding this hash, or the empty slot where it would go (linear probing; count 0 marks empty). */
    private int slot(long hash) {
        int slot = (int) hash & mask;
        while (counts[slot] != 0 && hashes[slot] != hash) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }
}
