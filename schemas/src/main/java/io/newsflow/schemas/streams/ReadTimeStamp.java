package io.newsflow.schemas.streams;

import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Stamps each record, as its source reads it, with the wall-clock time it was read ({@link HeldSinceHeader}), for
 * a first-seen order step further on in the same application: everything that should come before the record
 * was already on the source topic when the record was read there, so that step's wait for the inputs to settle
 * may count from this moment rather than from the record's arrival after a repartition. Only for a source whose
 * writer commits records in first-seen order (enrich writes the enriched topic from story-order's single
 * partition).
 */
public final class ReadTimeStamp<V> implements FixedKeyProcessor<String, V, V> {
    private FixedKeyProcessorContext<String, V> context;

    @Override
    public void init(FixedKeyProcessorContext<String, V> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, V> record) {
        HeldSinceHeader.stamp(record.headers(), context.currentSystemTimeMs());
        context.forward(record);
    }
}
