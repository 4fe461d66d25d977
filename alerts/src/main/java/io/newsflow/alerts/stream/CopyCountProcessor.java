package io.newsflow.alerts.stream;

import io.newsflow.alerts.explorer.DigestSummary;
import io.newsflow.alerts.explorer.StoryDigests;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/** Per story: counts a copy on the original it copies, in the story's digest, also ahead of the original. */
final class CopyCountProcessor implements Processor<String, String, Void, Void> {
    static final String NAME = "count-copies";

    private KeyValueStore<String, DigestSummary> summaries;
    private StoryDigests digests;

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        this.summaries = context.getStateStore(StoryDigestProcessor.SUMMARY_STORE);
        this.digests = new StoryDigests(StoreListedArticles.writable(
                context.getStateStore(StoryDigestProcessor.ARTICLES_STORE)));
    }

    @Override
    public void process(Record<String, String> record) {
        DigestSummary summary = summaries.get(record.key());
        // The copy can be ahead of its original here too: the two reach this partition by different topics.
        DigestSummary before = summary != null ? summary : DigestSummary.empty(record.key());
        DigestSummary after = digests.countCopy(before, record.value());
        if (!after.equals(before)) {
            summaries.put(record.key(), after);
        }
    }
}
