package io.newsflow.alerts.stream;

import io.newsflow.schemas.avro.EnrichedArticle;
import java.time.Duration;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.WindowStore;

/**
 * Per original article (records keyed by article id, as on the enriched topic): notes which story it
 * joined, so a copy of it, which dedup names only by its original's id, can be counted on that story; and
 * releases the copies that arrived before it (enrich may emit a copy's notice before its original, which
 * waits for tagging and story order), one (story id, original id) record per copy.
 */
final class ArticleStoryProcessor implements Processor<String, EnrichedArticle, String, String> {
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
    private KeyValueStore<String, Integer> awaiting;

    @Override
    public void init(ProcessorContext<String, String> context) {
        this.context = context;
        this.stories = context.getStateStore(STORE);
        this.awaiting = context.getStateStore(AWAITING_STORE);
    }

    @Override
    public void process(Record<String, EnrichedArticle> record) {
        String articleId = record.key();
        String storyId = record.value().getStoryId();
        stories.put(articleId, storyId, record.timestamp());
        Integer copies = awaiting.delete(articleId);
        for (int copy = 0; copies != null && copy < copies; copy++) {
            context.forward(new Record<>(storyId, articleId, record.timestamp()));
        }
    }
}
