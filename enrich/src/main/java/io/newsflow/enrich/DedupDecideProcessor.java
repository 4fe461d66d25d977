package io.newsflow.enrich;

import io.newsflow.enrich.dedup.DedupVerdict;
import io.newsflow.schemas.avro.RawArticle;
import java.util.Set;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * The fan-in of dedup, partitioned by article id: holds each article until every bucket it probed has
 * answered, then emits it as an original or a copy (nothing for a redelivery) and forgets it.
 */
final class DedupDecideProcessor implements Processor<String, DecideInput, String, DedupOutcome> {
    static final String PENDING_STORE = "dedup-pending";

    private ProcessorContext<String, DedupOutcome> context;
    private KeyValueStore<String, PendingVerdict> pending;

    static ProcessorSupplier<String, DecideInput, String, DedupOutcome> supplier(Serde<RawArticle> articles,
                                                                                String articleTopic) {
        return new ProcessorSupplier<>() {
            @Override
            public Processor<String, DecideInput, String, DedupOutcome> get() {
                return new DedupDecideProcessor();
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return Set.of(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(PENDING_STORE),
                        Serdes.String(), new PendingVerdictSerde(articles, articleTopic)));
            }
        };
    }

    @Override
    public void init(ProcessorContext<String, DedupOutcome> context) {
        this.context = context;
        this.pending = context.getStateStore(PENDING_STORE);
    }

    @Override
    public void process(Record<String, DecideInput> record) {
        String delivery = record.key() + "@" + record.value().order().partition() + ":"
                + record.value().order().offset();
        PendingVerdict current = pending.get(delivery);
        PendingVerdict updated = (current == null ? PendingVerdict.none() : current).with(record.value());
        if (!updated.isComplete()) {
            pending.put(delivery, updated);
            return;
        }
        pending.delete(delivery);
        RawArticle article = updated.article();
        DedupVerdict verdict = updated.tally().verdict();
        if (verdict instanceof DedupVerdict.Original) {
            context.forward(record.withValue(new DedupOutcome(article, null)));
        } else if (verdict instanceof DedupVerdict.Duplicate duplicate) {
            context.forward(record.withValue(new DedupOutcome(article,
                    ArticleRecords.duplicateNotice(article, duplicate))));
        }
    }
}
