package io.newsflow.enrich.stream;

import io.newsflow.enrich.story.EarlyArticle;
import io.newsflow.enrich.story.StoryState;
import io.newsflow.schemas.avro.AbsorbedArticle;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.serde.AvroSerde;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;

/**
 * What an article of a small story carries, in the story's state, into a story that absorbs it: the enriched
 * article without its body, Avro-encoded, so the merging article can hand the absorbed stories' history on.
 */
final class AbsorbedArticles {
    private static final String STATE = StoryProcessor.STATES_STORE;
    private static final Comparator<AbsorbedArticle> FIRST_SEEN = Comparator
            .comparing(AbsorbedArticle::getFirstSeenAt).thenComparing(AbsorbedArticle::getArticleId);

    private final Serializer<AbsorbedArticle> serializer;
    private final Deserializer<AbsorbedArticle> deserializer;

    AbsorbedArticles() {
        AvroSerde<AbsorbedArticle> serde = new AvroSerde<>(AbsorbedArticle.class);
        this.serializer = serde.serializer();
        this.deserializer = serde.deserializer();
    }

    /** The article's payload, encoded only when story assignment keeps it. */
    Supplier<byte[]> carried(EnrichedArticle article) {
        return () -> serializer.serialize(STATE, AbsorbedArticle.newBuilder()
                .setArticleId(article.getArticleId())
                .setUrl(article.getUrl())
                .setSource(article.getSource())
                .setTitle(article.getTitle())
                .setPublishedAt(article.getPublishedAt())
                .setFirstSeenAt(article.getFirstSeenAt())
                .setEntities(article.getEntities())
                .setSentiment(article.getSentiment())
                .setEvents(article.getEvents())
                .build());
    }

    /** The absorbed stories' articles, in first-seen order (each story kept its own in the order they joined). */
    List<AbsorbedArticle> of(List<StoryState> absorbed) {
        List<AbsorbedArticle> articles = new ArrayList<>();
        for (StoryState story : absorbed) {
            for (EarlyArticle early : story.earlyArticles()) {
                byte[] payload = early.payload();
                if (payload.length > 0) {
                    articles.add(deserializer.deserialize(STATE, payload));
                }
            }
        }
        articles.sort(FIRST_SEEN);
        return articles;
    }
}
