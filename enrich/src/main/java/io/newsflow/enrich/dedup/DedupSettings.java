package io.newsflow.enrich.dedup;

/**
 * Tuning of near-duplicate detection; the defaults were tuned on the project's fixtures (see the
 * labelled-set test and the enrich README section).
 *
 * @param shingleSize          words per shingle
 * @param bands                LSH bands; with {@code rows} they fix the signature length (bands x rows)
 * @param rows                 signature values per band
 * @param resemblanceThreshold estimated Jaccard resemblance at or above which two texts are copies
 * @param containmentThreshold estimated containment at or above which a trimmed or extended copy is a copy
 * @param minShingles          texts with fewer shingles are only matched exactly (too short to compare)
 * @param bucketScanLimit      most recent originals read per bucket; bounds the cost of crowded buckets
 */
public record DedupSettings(int shingleSize, int bands, int rows, double resemblanceThreshold,
                            double containmentThreshold, int minShingles, int bucketScanLimit) {
    public static DedupSettings defaults() {
        return new DedupSettings(3, 32, 4, 0.5, 0.8, 8, 16);
    }

    public DedupSettings {
        if (shingleSize <= 0 || minShingles < 0 || bucketScanLimit <= 0) {
            throw new IllegalArgumentException("shingleSize and bucketScanLimit must be positive");
        }
        if (resemblanceThreshold <= 0 || resemblanceThreshold > 1 || containmentThreshold <= 0
                || containmentThreshold > 1) {
            throw new IllegalArgumentException("thresholds must be in (0, 1]");
        }
    }
}
