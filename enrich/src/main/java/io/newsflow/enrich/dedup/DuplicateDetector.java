package io.newsflow.enrich.dedup;

import java.time.Instant;
import java.util.List;

/**
 * Dedup in one place: probes every bucket of an article, files it there and tallies the answers. The
 * topology runs the same steps spread out (buckets partitioned by key, tallies by article id); this class
 * runs them in sequence for tests, the benchmark and the labelled-set evaluation. Articles are ordered by
 * the order in which they are observed, so whatever is observed first is the original, and no bucket ever
 * holds a later member to send a late match to.
 */
public final class DuplicateDetector {
    private final DedupSettings settings;
    private final ArticleSketcher sketcher;
    private final ProbeKeys probeKeys;
    private final DedupBucket bucket;
    private final DedupIndex index;
    private long observed;

    public DuplicateDetector(DedupSettings settings, DedupIndex index) {
        this.settings = settings;
        this.index = index;
        this.sketcher = new ArticleSketcher(settings);
        this.probeKeys = new ProbeKeys(settings);
        this.bucket = new DedupBucket(settings);
    }

    /** The verdict on this article, which is filed in its buckets unless it is a redelivery. */
    public DedupVerdict observe(String articleId, Instant publishedAt, String title, String body) {
        ArticleSketch sketch = sketcher.sketch(title, body);
        DedupMember probe = new DedupMember(articleId, new ArrivalOrder(0, 0, observed++), publishedAt,
                sketch.signature());
        List<String> keys = probeKeys.of(sketch);
        VerdictTally tally = VerdictTally.empty().expecting(keys.size());
        for (String key : keys) {
            ProbeAnswer answer = bucket.answer(key, probe, index.members(key, settings.bucketScanLimit())).toProbe();
            if (!answer.redelivered()) {
                index.file(key, probe);
            }
            tally = tally.with(answer);
        }
        return tally.verdict();
    }
}
