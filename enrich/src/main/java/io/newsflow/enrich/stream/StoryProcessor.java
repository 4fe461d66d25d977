package io.newsflow.enrich.stream;

import io.newsflow.enrich.story.StoryArticle;
import io.newsflow.enrich.story.StoryAssignment;
import io.newsflow.enrich.story.StoryClusterer;
import io.newsflow.enrich.story.StoryProfile;
import io.newsflow.enrich.story.StorySettings;
import io.newsflow.enrich.story.StoryState;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.EntityTag;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;

/** Adapts {@link StoryClusterer} to records and stores: sets each article's story and emits the story's new state. */
final class StoryProcessor implements Processor<String, EnrichedArticle, String, StoryOutcome> {
    static final String STATES_STORE = "story-states";
    static final String PROFILES_STORE = "story-profiles";
    static final String POSTINGS_STORE = "story-postings";
    static final String TERM_FREQUENCIES_STORE = "story-term-frequencies";
    private static final Duration POINT = Duration.ofMillis(1);

    private final StorySettings settings;
    private final AbsorbedArticles absorbedArticles = new AbsorbedArticles();
    private ProcessorContext<String, StoryOutcome> context;
    private StoryClusterer clusterer;
    private long now;

    private StoryProcessor(StorySettings settings) {
        this.settings = settings;
    }

    static ProcessorSupplier<String, EnrichedArticle, String, StoryOutcome> supplier(StorySettings settings) {
        Duration retention = settings.openDuration();
        return new ProcessorSupplier<>() {
            @Override
            public Processor<String, EnrichedArticle, String, StoryOutcome> get() {
                return new StoryProcessor(settings);
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return Set.of(
                        Stores.windowStoreBuilder(Stores.persistentWindowStore(STATES_STORE, retention, POINT, false),
                                Serdes.String(), new StoryStateSerde()).withCachingEnabled(),
                        Stores.windowStoreBuilder(Stores.persistentWindowStore(PROFILES_STORE, retention, POINT, false),
                                Serdes.String(), new StoryProfileSerde()).withCachingEnabled(),
                        Stores.windowStoreBuilder(Stores.persistentWindowStore(POSTINGS_STORE, retention, POINT, true),
                                Serdes.String(), Serdes.String()),
                        Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(TERM_FREQUENCIES_STORE),
                                Serdes.String(), Serdes.Long()).withCachingEnabled());
            }
        };
    }

    @Override
    public void init(ProcessorContext<String, StoryOutcome> context) {
        this.context = context;
        WindowStore<String, StoryState> states = context.getStateStore(STATES_STORE);
        WindowStore<String, StoryProfile> profiles = context.getStateStore(PROFILES_STORE);
        WindowStore<String, String> postings = context.getStateStore(POSTINGS_STORE);
        KeyValueStore<String, Long> frequencies = context.getStateStore(TERM_FREQUENCIES_STORE);
        clusterer = new StoryClusterer(settings, new StoreTermStatistics(frequencies),
                new WindowedStoryIndex(states, profiles, postings, settings.openDuration(), () -> now));
    }

    @Override
    public void process(Record<String, EnrichedArticle> record) {
        now = Math.max(context.currentStreamTimeMs(), record.timestamp());
        EnrichedArticle article = record.value();
        StoryAssignment assignment = clusterer.assign(new StoryArticle(article.getArticleId(), article.getSource(),
                article.getTitle(), article.getBody(), article.getPublishedAt(), entityCounts(article),
                absorbedArticles.carried(article)));
        EnrichedArticle withStory = EnrichedArticle.newBuilder(article)
                .setStoryId(assignment.story().storyId())
                .setAbsorbedStoryIds(assignment.absorbed().stream().map(StoryState::storyId).toList())
                .setAbsorbedArticles(absorbedArticles.of(assignment.absorbed()))
                .build();
        context.forward(record.withValue(new StoryOutcome(withStory, ArticleRecords.storyUpdates(assignment))));
    }

    private static Map<String, Integer> entityCounts(EnrichedArticle article) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (EntityTag entity : article.getEntities()) {
            counts.merge(entity.getId(), Math.max(1, entity.getCount()), Integer::sum);
        }
        return counts;
    }
}
