package io.newsflow.alerts.stream;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * Per original article (its story id, keyed by article id, as copies of it are): notes which story it
 * joined, so a copy of it, which dedup names only by its original's id, can be counted on that story; and
 * releases the copies that arrived before it (enrich may emit a copy's notice before its original, which
 * waits for tagging and story order), one (story id, original id) record per copy. Copies wait at most the
 * retention: one whose original never reaches alerts (a dead letter) expires with its segment.
 */
final class ArticleStoryProcessor implements Processor<String, String, String, String> {
    static final String STORE = "alerts-article-stories";
    static final String AWAITING_STORE = "alerts-copies-awaiting-original";
    static final String NAME = "note-article-stories";
    /**
     * Dedup recognises a copy only while its original is in the dedup index (dedup.retention, 7 days by
     * default); kept longer than that, so a copy is counted even with a generous retention.
     */
    static final Duration RETENTION = Duration.ofDays(30);

    private ProcessorContext<String, String> context;
    private WindowStore<String, String> stories;
    private WindowStore<String, Integer> awaiting;

    @Override
    public void init(ProcessorContext<String, String> context) {
        this.context = context;
        this.stories = context.getStateStore(STORE);
        this.awaiting = context.getStateStore(AWAITING_STORE);
    }

    @Override
    public void process(Record<String, String> record) {
        String articleId = record.key();
        String storyId = record.value();
        stories.put(articleId, storyId, record.timestamp());
        int copies = 0;
        List<Long> stamps = new ArrayList<>();
        try (WindowStoreIterator<Integer> waiting = awaiting.fetch(articleId, Instant.EPOCH,
                Instant.ofEpochMilli(Long.MAX_VALUE))) {
            while (waiting.hasNext()) {
                KeyValue<Long, Integer> entry = waiting.next();
                copies += entry.value;
                stamps.add(entry.key);
            }
        }
        stamps.forEach(stamp -> awaiting.put(articleId, null, stamp));
        for (int copy = 0; copy < copies; copy++) {
            context.forward(new Record<>(storyId, articleId, record.timestamp()));
        }
    }
}
