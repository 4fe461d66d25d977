package io.newsflow.enrich.stream;

import io.newsflow.enrich.furniture.FurnitureSettings;
import io.newsflow.enrich.furniture.LearnedFurniture;
import io.newsflow.enrich.furniture.SourceLines;
import io.newsflow.schemas.avro.RawArticle;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorSupplier;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * Adapts {@link LearnedFurniture} to records and a store: on the raw article's own partition, learns each
 * source's recurring lines and forwards the article with them dropped from its body. The store holds one
 * bounded table per source and is cached, so its changelog gets at most one record per source per commit,
 * not one per line or per article.
 */
final class FurnitureProcessor implements FixedKeyProcessor<String, RawArticle, RawArticle> {
    static final String LINES_STORE = "furniture-source-lines";

    private final FurnitureSettings settings;
    private final LearnedFurniture furniture;
    private final EnrichMeters meters;
    private FixedKeyProcessorContext<String, RawArticle> context;
    private KeyValueStore<String, SourceLines> tables;

    private FurnitureProcessor(FurnitureSettings settings, EnrichMeters meters) {
        this.settings = settings;
        this.furniture = new LearnedFurniture(settings);
        this.meters = meters;
    }

    static FixedKeyProcessorSupplier<String, RawArticle, RawArticle> supplier(FurnitureSettings settings,
                                                                            EnrichMeters meters) {
        return new FixedKeyProcessorSupplier<>() {
            @Override
            public FixedKeyProcessor<String, RawArticle, RawArticle> get() {
                return new FurnitureProcessor(settings, meters);
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return Set.of(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(LINES_STORE),
                        Serdes.String(), new SourceLinesSerde()).withCachingEnabled());
            }
        };
    }

    @Override
    public void init(FixedKeyProcessorContext<String, RawArticle> context) {
        this.context = context;
        this.tables = context.getStateStore(LINES_STORE);
    }

    @Override
    public void process(FixedKeyRecord<String, RawArticle> record) {
        RawArticle article = record.value();
        if (!settings.enabled()) {
            context.forward(record);
            return;
        }
        SourceLines lines = tables.get(article.getSource());
        if (lines == null) {
            lines = new SourceLines();
        }
        LearnedFurniture.Cleaned cleaned = furniture.clean(lines, article.getArticleId(), article.getBody(),
                article.getPublishedAt());
        tables.put(article.getSource(), lines);
        if (cleaned.linesDropped() == 0) {
            context.forward(record);
            return;
        }
        meters.furnitureDropped(cleaned.linesDropped(), cleaned.charactersDropped());
        RawArticle withoutFurniture = RawArticle.newBuilder(article).setBody(cleaned.text()).build();
        context.forward(record.withValue(withoutFurniture));
    }
}
