package io.newsflow.alerts.stream;

import io.newsflow.schemas.avro.DuplicateNotice;
import java.time.Instant;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * Per copy (records keyed by the original's id, on the partition where the original's story is noted):
 * forwards the original's id keyed by its story, or, while the original has not reached alerts yet, keeps
 * the copy waiting for it ({@link ArticleStoryProcessor} releases it), stamped with its own time. A copy of an
 * original noted longer than {@link ArticleStoryProcessor#RETENTION} ago is not counted, and its wait expires.
 */
final class CopyStoryProcessor implements Processor<String, DuplicateNotice, String, String> {
    static final String NAME = "find-copy-stories";

    private ProcessorContext<String, String> context;
    private WindowStore<String, String> stories;
    private WindowStore<String, Integer> awaiting;

    @Override
    public void init(ProcessorContext<String, String> context) {
        this.context = context;
        this.stories = context.getStateStore(ArticleStoryProcessor.STORE);
        this.awaiting = context.getStateStore(ArticleStoryProcessor.AWAITING_STORE);
    }

    @Override
    public void process(Record<String, DuplicateNotice> record) {
        String originalId = record.key();
        String storyId = null;
        try (WindowStoreIterator<String> noted = stories.fetch(originalId, Instant.EPOCH,
                Instant.ofEpochMilli(Long.MAX_VALUE))) {
            while (noted.hasNext()) {
                storyId = noted.next().value;
            }
        }
        if (storyId != null) {
            context.forward(record.withKey(storyId).withValue(originalId));
        } else {
            Integer waiting = awaiting.fetch(originalId, record.timestamp());
            awaiting.put(originalId, waiting == null ? 1 : waiting + 1, record.timestamp());
        }
    }
}
