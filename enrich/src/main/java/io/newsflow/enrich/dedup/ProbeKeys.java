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

    /**
     * The keys written the short way: the band keys are hashes of the member's own signature, so they can be
     * named by band number and rebuilt by {@link #expand}; only the exact key (a hash of text the signature
     * does not hold) and keys no band of this signature gives (or that would come out of order) are kept
     * whole. The bucket keys were most of what a stored member weighed.
     */
    public CompactKeys compact(MinHashSignature signature, List<String> keys) {
        String exact = null;
        long bandMask = 0;
        List<String> others = new ArrayList<>();
        boolean comparable = signature.length() == bands.signatureLength();
        for (String key : keys) {
            int band = comparable ? bands.bandOf(key) : -1;
            if (exact == null && isExact(key) && bandMask == 0 && others.isEmpty()) {
                exact = key;
            } else if (others.isEmpty() && band >= 0 && band < Long.SIZE && (bandMask >>> band) == 0
                    && bands.bucketKey(signature, band).equals(key)) {
                bandMask |= 1L << band;
            } else {
                others.add(key);
            }
        }
        return new CompactKeys(exact, bandMask, others);
    }

    /** The keys {@link #compact} was given, in the same order. */
    public List<String> expand(MinHashSignature signature, CompactKeys compact) {
        List<String> keys = new ArrayList<>(1 + Long.bitCount(compact.bandMask()) + compact.others().size());
        if (compact.exact() != null) {
            keys.add(compact.exact());
        }
        for (long mask = compact.bandMask(); mask != 0; mask &= mask - 1) {
            keys.add(bands.bucketKey(signature, Long.numberOfTrailingZeros(mask)));
        }
        keys.addAll(compact.others());
        return keys;
    }

    /**
     * A probe's bucket keys as {@link #compact} writes them.
     *
     * @param exact    the exact-fingerprint key when it comes first, or null
     * @param bandMask bit b set for band b's key, which follow in band order
     * @param others   the keys after those, kept whole
     */
    public record CompactKeys(String exact, long bandMask, List<String> others) {
        public CompactKeys {
            others = List.copyOf(others);
        }
    }

    public static boolean isExact(String key) {
        return key.startsWith(EXACT_PREFIX);
    }
}
