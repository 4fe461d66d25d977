package io.newsflow.alerts.stream;

import io.newsflow.alerts.explorer.DigestArticle;
import io.newsflow.alerts.explorer.DigestEntity;
import io.newsflow.alerts.explorer.DigestSummary;
import io.newsflow.alerts.explorer.StoryDigests;
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
 * keeps the story's digest for the explorer's queries, as a summary per story and a record per listed
 * article (see {@link StoryDigests}). It forwards nothing.
 */
final class StoryDigestProcessor implements Processor<String, EnrichedArticle, Void, Void> {
    static final String SUMMARY_STORE = "alerts-story-summaries";
    static final String ARTICLES_STORE = "alerts-story-articles";
    static final String[] STORES = {SUMMARY_STORE, ARTICLES_STORE};
    static final String NAME = "digest-stories";

    private KeyValueStore<String, DigestSummary> summaries;
    private StoryDigests digests;

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        this.summaries = context.getStateStore(SUMMARY_STORE);
        this.digests = new StoryDigests(StoreListedArticles.writable(context.getStateStore(ARTICLES_STORE)));
    }

    @Override
    public void process(Record<String, EnrichedArticle> record) {
        EnrichedArticle article = record.value();
        String storyId = article.getStoryId();
        if (!storyId.equals(record.key())) {
            absorbed(record.key(), storyId);
            return;
        }
        DigestSummary before = summaries.get(storyId);
        DigestSummary summary = before != null ? before : DigestSummary.empty(storyId);
        DigestSummary added = digests.add(summary, articleOf(article), entitiesOf(article), cameoCodesOf(article));
        DigestSummary after = article.getAbsorbedStoryIds().isEmpty() ? added
                : added.absorbing(article.getAbsorbedStoryIds());
        if (!after.equals(summary)) {
            summaries.put(storyId, after);
        }
    }

    /**
     * The article merged the story this record is keyed by into its own: the digest says where it went on.
     * The absorbed story's own articles may still be on their way (they come from other partitions of the
     * enriched topic), so the mark is kept also for a story not seen yet, and they add to it.
     */
    private void absorbed(String storyId, String survivor) {
        DigestSummary before = summaries.get(storyId);
        DigestSummary summary = before != null ? before : DigestSummary.empty(storyId);
        if (!survivor.equals(summary.mergedInto())) {
            summaries.put(storyId, summary.absorbedBy(survivor));
        }
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
