package io.newsflow.enrich.tag;

/**
 * Finds entities, sentiment and events in an article. The enrich topology calls it for every article
 * that survives dedup, before story assignment (entities are the strongest story signal); the
 * {@code newsflow tag} command calls the same implementation without Kafka.
 */
public interface ArticleTagger {
    ArticleTags tag(String title, String body);
}
