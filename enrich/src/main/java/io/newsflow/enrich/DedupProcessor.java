package io.newsflow.enrich;

import io.newsflow.enrich.dedup.DedupSettings;
import io.newsflow.enrich.dedup.DedupVerdict;
import io.newsflow.enrich.dedup.DuplicateDetector;
import io.newsflow.enrich.dedup.StoredOriginal;
import io.newsflow.schemas.avro.RawArticle;
import java.time.Duration;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;

/**
 * Adapts {@link DuplicateDetector} to records and stores: emits an outcome for every original and copy,
 * nothing for a redelivered article. Entries are stamped with stream time, not with the article's
 * publishedAt, so an old copy arriving late still meets the original within the retention.
 */
final class DedupProcessor implements Processor<String, SketchedArticle, String, DedupOutcome> {
    static final String FINGERPRINTS_STORE = "dedup-fingerprints";
    static final String BUCKETS_STORE = "dedup-buckets";
    static final String ORIGINALS_STORE = "dedup-originals";
    /** Window stores need a window; entries are points in time, so the smallest one. */
    private static final Duration POINT = Duration.ofMillis(1);

    private final DedupSettings settings;
    private final Duration retention;
    private ProcessorContext<String, DedupOutcome> context;
    private DuplicateDetector detector;
    private long now;

    private DedupProcessor(DedupSettings settings, Duration retention) {
        this.settings = settings;
        this.retention = retention;
    }

    static ProcessorSupplier<String, SketchedArticle, String, DedupOutcome> supplier(DedupSettings settings,
                                                                                    Duration retention) {
        return new ProcessorSupplier<>() {
            @Override
            public Processor<String, SketchedArticle, String, DedupOutcome> get() {
                return new DedupProcessor(settings, retention);
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return Set.of(
                        Stores.windowStoreBuilder(Stores.persistentWindowStore(FINGERPRINTS_STORE, retention, POINT,
                                false), Serdes.String(), Serdes.String()),
                        Stores.windowStoreBuilder(Stores.persistentWindowStore(BUCKETS_STORE, retention, POINT, true),
                                Serdes.String(), Serdes.String()),
                        Stores.windowStoreBuilder(Stores.persistentWindowStore(ORIGINALS_STORE, retention, POINT,
                                false), Serdes.String(), new StoredOriginalSerde()));
            }
        };
    }

    @Override
    public void init(ProcessorContext<String, DedupOutcome> context) {
        this.context = context;
        WindowStore<String, String> fingerprints = context.getStateStore(FINGERPRINTS_STORE);
        WindowStore<String, String> buckets = context.getStateStore(BUCKETS_STORE);
        WindowStore<String, StoredOriginal> originals = context.getStateStore(ORIGINALS_STORE);
        detector = new DuplicateDetector(settings,
                new WindowedDedupIndex(fingerprints, buckets, originals, retention, () -> now));
    }

    @Override
    public void process(Record<String, SketchedArticle> record) {
        now = Math.max(context.currentStreamTimeMs(), record.timestamp());
        RawArticle article = record.value().article();
        DedupVerdict verdict = detector.judge(article.getArticleId(), article.getPublishedAt(),
                record.value().sketch());
        if (verdict instanceof DedupVerdict.Original) {
            context.forward(record.withValue(new DedupOutcome(article, null)));
        } else if (verdict instanceof DedupVerdict.Duplicate duplicate) {
            context.forward(record.withValue(new DedupOutcome(article,
                    ArticleRecords.duplicateNotice(article, duplicate))));
        }
    }
}
