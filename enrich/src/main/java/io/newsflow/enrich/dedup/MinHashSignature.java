package io.newsflow.enrich.dedup;

import java.util.Arrays;

/**
 * A MinHash signature: for each hash function, the smallest hash of any shingle of the text. The share
 * of equal positions in two signatures estimates the Jaccard resemblance of their shingle sets.
 *
 * @param shingleCount size of the shingle set, kept to turn resemblance into containment
 */
public record MinHashSignature(int[] values, int shingleCount) {
    public MinHashSignature {
        values = values.clone();
    }

    @Override
    public int[] values() {
        return values.clone();
    }

    /** Estimated Jaccard resemblance |A ∩ B| / |A ∪ B|. */
    public double resemblance(MinHashSignature other) {
        if (values.length != other.values.length) {
            throw new IllegalArgumentException("signatures of different lengths: " + values.length + " and "
                    + other.values.length);
        }
        int equal = 0;
        for (int i = 0; i < values.length; i++) {
            if (values[i] == other.values[i]) {
                equal++;
            }
        }
        return (double) equal / values.length;
    }

    /**
     * Estimated share of the smaller text's shingles found in the larger one, derived from the resemblance
     * and both set sizes; it stays high when one copy trims or extends the other's ending.
     */
    public double containment(MinHashSignature other, double resemblance) {
        int smaller = Math.min(shingleCount, other.shingleCount);
        if (smaller == 0) {
            return 0;
        }
        double intersection = resemblance * (shingleCount + other.shingleCount) / (1 + resemblance);
        return Math.min(1.0, intersection / smaller);
    }

    int value(int index) {
        return values[index];
    }

    int length() {
        return values.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MinHashSignature that && shingleCount == that.shingleCount
                && Arrays.equals(values, that.values);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(values) + shingleCount;
    }

    @Override
    public String toString() {
        return "MinHashSignature[" + values.length + " values, " + shingleCount + " shingles]";
    }
}
