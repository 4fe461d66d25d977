package io.newsflow.alerts.stream;

import io.newsflow.alerts.explorer.StoryDigest;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/** Per story: counts a copy on the original it copies, in the story's digest, also ahead of the original. */
final class CopyCountProcessor implements Processor<String, String, Void, Void> {
    static final String NAME = "count-copies";

    private KeyValueStore<String, StoryDigest> digests;

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        this.digests = context.getStateStore(StoryDigestProcessor.STORE);
    }

    @Override
    public void process(Record<String, String> record) {
        StoryDigest digest = digests.get(record.key());
        // The copy can be ahead of its original here too: the two reach this partition by different topics.
        StoryDigest before = digest != null ? digest : StoryDigest.empty(record.key());
        digests.put(record.key(), before.withCopyOf(record.value()));
    }
}
