package io.newsflow.alerts.stream;

import io.newsflow.alerts.explorer.DigestArticle;
import io.newsflow.alerts.explorer.DigestEntity;
import io.newsflow.alerts.explorer.StoryDigest;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.Event;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Per story (records arrive keyed by story id, beside {@link DevelopmentProcessor} on the same partitions):
 * keeps the story's digest for the explorer's queries. It forwards nothing.
 */
final class StoryDigestProcessor implements Processor<String, EnrichedArticle, Void, Void> {
    static final String STORE = "alerts-story-digest";
    static final String NAME = "digest-stories";

    private KeyValueStore<String, StoryDigest> digests;

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        this.digests = context.getStateStore(STORE);
    }

    @Override
    public void process(Record<String, EnrichedArticle> record) {
        EnrichedArticle article = record.value();
        String storyId = article.getStoryId();
        StoryDigest before = digests.get(storyId);
        StoryDigest digest = before != null ? before : StoryDigest.empty(storyId);
        digests.put(storyId, digest.with(articleOf(article), entitiesOf(article), cameoCodesOf(article)));
    }

    private static DigestArticle articleOf(EnrichedArticle article) {
        return new DigestArticle(article.getArticleId(), article.getUrl(), article.getSource(), article.getTitle(),
                article.getPublishedAt(), 0);
    }

    private static List<DigestEntity> entitiesOf(EnrichedArticle article) {
        return article.getEntities().stream()
                .filter(entity -> !"UNKNOWN".equals(entity.getType()))
                .map(entity -> new DigestEntity(entity.getId(), entity.getName(), entity.getWikidataId(),
                        entity.getCount()))
                .toList();
    }

    private static Map<String, String> cameoCodesOf(EnrichedArticle article) {
        Map<String, String> codes = new LinkedHashMap<>();
        for (Event event : article.getEvents()) {
            if (event.getCameoCode() != null) {
                codes.putIfAbsent(event.getType(), event.getCameoCode());
            }
        }
        return codes;
    }
}
