package io.newsflow.enrich.story;

import java.nio.charset.StandardCharsets;

/**
 * A {@link FeatureVector} keyed by 64-bit hashes of its feature names, for scoring only: it reads back
 * from bytes without building a string per feature, and a cosine is a merge join over sorted longs. Two
 * features share a hash with a probability of about n² / 2^65, negligible for the vocabulary of news; if
 * they did, the merge join would pair them and blur one score, nothing worse.
 */
public final class HashedVector {
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private final long[] hashes;
    private final double[] weights;
    private final double norm;

    private HashedVector(long[] sortedHashes, double[] weights) {
        this.hashes = sortedHashes;
        this.weights = weights;
        double sumOfSquares = 0;
        for (double weight : weights) {
            sumOfSquares += weight * weight;
        }
        this.norm = Math.sqrt(sumOfSquares);
    }

    /** The same weights under hashed feature names. */
    public static HashedVector of(FeatureVector vector) {
        long[] hashes = new long[vector.size()];
        double[] weights = new double[hashes.length];
        for (int i = 0; i < hashes.length; i++) {
            long hash = hashOf(vector.feature(i));
            int at = i;
            while (at > 0 && hashes[at - 1] > hash) {
                hashes[at] = hashes[at - 1];
                weights[at] = weights[at - 1];
                at--;
            }
            hashes[at] = hash;
            weights[at] = vector.weight(i);
        }
        return new HashedVector(hashes, weights);
    }

    /** A vector from hashes already in ascending order (as {@link #hash(int)} gives them), e.g. when read back. */
    public static HashedVector fromSorted(long[] hashes, double[] weights) {
        if (hashes.length != weights.length) {
            throw new IllegalArgumentException(hashes.length + " hashes but " + weights.length + " weights");
        }
        for (int i = 1; i < hashes.length; i++) {
            if (hashes[i - 1] > hashes[i]) {
                throw new IllegalArgumentException("hashes are not in ascending order at " + i);
            }
        }
        return new HashedVector(hashes, weights);
    }

    public int size() {
        return hashes.length;
    }

    public long hash(int i) {
        return hashes[i];
    }

    public double weight(int i) {
        return weights[i];
    }

    public double cosine(HashedVector other) {
        if (norm == 0 || other.norm == 0) {
            return 0;
        }
        double dot = 0;
        int i = 0;
        int j = 0;
        while (i < hashes.length && j < other.hashes.length) {
            if (hashes[i] == other.hashes[j]) {
                dot += weights[i++] * other.weights[j++];
            } else if (hashes[i] < other.hashes[j]) {
                i++;
            } else {
                j++;
            }
        }
        return dot / (norm * other.norm);
    }

    /** FNV-1a over the UTF-8 bytes, finished with SplitMix64 so that similar names spread apart; stable across JVMs. */
    public static long hashOf(String feature) {
        long hash = FNV_OFFSET;
        for (byte b : feature.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= FNV_PRIME;
        }
        hash = (hash ^ (hash >>> 30)) * 0xbf58476d1ce4e5b9L;
        hash = (hash ^ (hash >>> 27)) * 0x94d049bb133111ebL;
        return hash ^ (hash >>> 31);
    }
}
