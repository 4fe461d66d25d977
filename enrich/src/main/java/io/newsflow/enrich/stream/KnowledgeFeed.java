package io.newsflow.enrich.stream;

import io.newsflow.enrich.tag.kb.Entity;
import io.newsflow.enrich.tag.kb.EntityType;
import io.newsflow.enrich.tag.kb.LiveKnowledgeBase;
import io.newsflow.schemas.avro.KnowledgeEntity;
import io.newsflow.schemas.topics.Topic;
import io.newsflow.schemas.topics.Topics;
import java.util.Locale;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feeds {@code news.entities.v1} into the live knowledge base on every instance (a global store), so
 * operators add or change entities without a redeploy. A global store is restored without its processor,
 * so on start the processor lays every stored entity over the bundled base before new records arrive.
 */
public final class KnowledgeFeed {
    static final String STORE = "enrich-knowledge-entities";
    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeFeed.class);

    private KnowledgeFeed() {
    }

    public static void attach(StreamsBuilder builder, Topics topics, LiveKnowledgeBase knowledgeBase) {
        Topic<String, KnowledgeEntity> entities = topics.entities();
        builder.addGlobalStore(
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(STORE), entities.keySerde(),
                        entities.valueSerde()).withLoggingDisabled(),
                entities.name(),
                Consumed.with(entities.keySerde(), entities.valueSerde()).withName("knowledge-entities-source"),
                () -> new Updater(knowledgeBase));
    }

    /** Public for the contract: how a record of the topic becomes a knowledge-base entity. */
    public static Entity toEntity(KnowledgeEntity record) {
        return new Entity(record.getId(), EntityType.valueOf(record.getType().toUpperCase(Locale.ROOT)),
                record.getName(), record.getWikidataId(), record.getAliases(), record.getShortForms(),
                record.getStandsFor());
    }

    private static final class Updater implements Processor<String, KnowledgeEntity, Void, Void> {
        private final LiveKnowledgeBase knowledgeBase;
        private KeyValueStore<String, KnowledgeEntity> store;

        Updater(LiveKnowledgeBase knowledgeBase) {
            this.knowledgeBase = knowledgeBase;
        }

        @Override
        public void init(ProcessorContext<Void, Void> context) {
            store = context.getStateStore(STORE);
            try (KeyValueIterator<String, KnowledgeEntity> all = store.all()) {
                while (all.hasNext()) {
                    KeyValue<String, KnowledgeEntity> entry = all.next();
                    apply(entry.key, entry.value);
                }
            }
        }

        @Override
        public void process(Record<String, KnowledgeEntity> record) {
            if (apply(record.key(), record.value())) {
                if (record.value() == null) {
                    store.delete(record.key());
                } else {
                    store.put(record.key(), record.value());
                }
            }
        }

        private boolean apply(String id, KnowledgeEntity value) {
            if (value == null) {
                knowledgeBase.remove(id);
                return true;
            }
            try {
                knowledgeBase.put(toEntity(value));
                return true;
            } catch (IllegalArgumentException e) {
                LOG.warn("news.entities.v1: entity {} ignored: {}", id, e.getMessage());
                return false;
            }
        }
    }
}
