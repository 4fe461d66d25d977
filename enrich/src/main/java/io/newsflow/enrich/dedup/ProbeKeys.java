package io.newsflow.enrich.dedup;

import java.util.ArrayList;
import java.util.List;

/**
 * The buckets an article probes: one keyed by its exact fingerprint, plus one per LSH band when the text
 * is long enough to compare. The key says which kind of bucket it is, so a bucket step partitioned by key
 * knows how to compare without any other input.
 */
public final class ProbeKeys {
    private static final String EXACT_PREFIX = "x:";
    private final LshBands bands;
    private final int minShingles;

    public ProbeKeys(DedupSettings settings) {
        this.bands = new LshBands(settings.bands(), settings.rows());
        this.minShingles = settings.minShingles();
    }

    public List<String> of(ArticleSketch sketch) {
        List<String> keys = new ArrayList<>(1 + bands.count());
        keys.add(EXACT_PREFIX + sketch.fingerprint());
        if (sketch.signature().shingleCount() >= minShingles) {
            keys.addAll(bands.bucketKeys(sketch.signature()));
        }
        return keys;
    }

    public static boolean isExact(String key) {
        return key.startsWith(EXACT_PREFIX);
    }
}
