package io.newsflow.enrich;

import io.newsflow.enrich.dedup.DedupIndex;
import io.newsflow.enrich.dedup.StoredOriginal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.apache.kafka.streams.state.WindowStore;

/**
 * The dedup index in three changelogged window stores whose retention is the dedup retention: entries
 * expire segment by segment without any scan. The bucket store retains duplicates (one entry per
 * original filed under a bucket).
 */
final class WindowedDedupIndex implements DedupIndex {
    private final WindowStore<String, String> fingerprints;
    private final WindowStore<String, String> buckets;
    private final WindowStore<String, StoredOriginal> originals;
    private final long retentionMillis;
    private final LongSupplier streamTime;

    WindowedDedupIndex(WindowStore<String, String> fingerprints, WindowStore<String, String> buckets,
                       WindowStore<String, StoredOriginal> originals, Duration retention, LongSupplier streamTime) {
        this.fingerprints = fingerprints;
        this.buckets = buckets;
        this.originals = originals;
        this.retentionMillis = retention.toMillis();
        this.streamTime = streamTime;
    }

    @Override
    public Optional<String> originalWithFingerprint(String fingerprint) {
        return WindowStores.latest(fingerprints, fingerprint, streamTime.getAsLong(), retentionMillis);
    }

    @Override
    public List<String> bucketMembers(String bucketKey, int limit) {
        return WindowStores.recent(buckets, bucketKey, streamTime.getAsLong(), retentionMillis, limit);
    }

    @Override
    public Optional<StoredOriginal> original(String articleId) {
        return WindowStores.latest(originals, articleId, streamTime.getAsLong(), retentionMillis);
    }

    @Override
    public void add(StoredOriginal original, String fingerprint, List<String> bucketKeys) {
        long now = streamTime.getAsLong();
        originals.put(original.articleId(), original, now);
        fingerprints.put(fingerprint, original.articleId(), now);
        for (String key : bucketKeys) {
            buckets.put(key, original.articleId(), now);
        }
    }
}
