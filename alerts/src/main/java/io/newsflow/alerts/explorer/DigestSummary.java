package io.newsflow.alerts.explorer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the explorer knows of a story besides its listed articles (kept in {@link ListedArticles}): headline,
 * when it ran, counts, the entities it is about. Immutable.
 *
 * @param title        headline of the story's earliest article
 * @param articleCount every original article, also those past {@link StoryDigest#MAX_ARTICLES}
 * @param listedCount  the originals listed, at most {@link StoryDigest#MAX_ARTICLES}
 * @param latest       the latest listed article in order of publication (the one a full list lets go for an
 *                     earlier one); null while none is listed
 * @param entities     the {@link StoryDigest#MAX_ENTITIES} most mentioned entities, most mentioned first
 * @param cameoCodes   CAMEO root code per event type, as the tagger aligned them
 * @param copiesAhead  copies counted before their original reached the digest (they travel by another
 *                     topic), per original id, added to it when it comes
 * @param mergedInto   the story that absorbed this one (its later articles are there), or null
 * @param absorbed     the stories this one absorbed (their earlier articles are there), in the order it did
 */
public record DigestSummary(String storyId, String title, Instant firstPublishedAt, Instant lastPublishedAt,
                            int articleCount, int listedCount, ListedKey latest, List<DigestEntity> entities,
                            Map<String, String> cameoCodes, Map<String, Integer> copiesAhead,
                            String mergedInto, List<String> absorbed) {
    /** Where a listed article sorts: by publication, then id. */
    public record ListedKey(Instant publishedAt, String articleId) implements Comparable<ListedKey> {
        private static final Comparator<ListedKey> ORDER = Comparator.comparing(ListedKey::publishedAt)
                .thenComparing(ListedKey::articleId);

        static ListedKey of(DigestArticle article) {
            return new ListedKey(article.publishedAt(), article.articleId());
        }

        @Override
        public int compareTo(ListedKey other) {
            return ORDER.compare(this, other);
        }
    }

    public DigestSummary {
        entities = List.copyOf(entities);
        cameoCodes = Map.copyOf(cameoCodes);
        copiesAhead = Map.copyOf(copiesAhead);
        // Null from a digest stored before merges existed.
        absorbed = absorbed == null ? List.of() : List.copyOf(absorbed);
    }

    public static DigestSummary empty(String storyId) {
        return new DigestSummary(storyId, null, null, null, 0, 0, null, List.of(), Map.of(), Map.of(), null, List.of());
    }

    /** True once an article is listed; before, the summary only holds copies that came ahead of it. */
    public boolean hasArticles() {
        return articleCount > 0;
    }

    DigestSummary with(DigestArticle article, List<DigestEntity> mentioned, Map<String, String> cameo,
                       int listed, ListedKey newLatest) {
        Map<String, Integer> stillAhead = new LinkedHashMap<>(copiesAhead);
        stillAhead.remove(article.articleId());
        Map<String, String> codes = new LinkedHashMap<>(cameoCodes);
        codes.putAll(cameo);
        boolean earliest = firstPublishedAt == null || article.publishedAt().isBefore(firstPublishedAt)
                || (article.publishedAt().equals(firstPublishedAt) && title == null);
        Instant last = lastPublishedAt == null || article.publishedAt().isAfter(lastPublishedAt)
                ? article.publishedAt() : lastPublishedAt;
        return new DigestSummary(storyId, earliest ? article.title() : title,
                earliest ? article.publishedAt() : firstPublishedAt, last, articleCount + 1, listed, newLatest,
                heaviest(mentioned), codes, stillAhead, mergedInto, absorbed);
    }

    DigestSummary withCopyAhead(String originalId) {
        Map<String, Integer> ahead = new LinkedHashMap<>(copiesAhead);
        ahead.merge(originalId, 1, Integer::sum);
        return new DigestSummary(storyId, title, firstPublishedAt, lastPublishedAt, articleCount, listedCount, latest,
                entities, cameoCodes, ahead, mergedInto, absorbed);
    }

    /** This story once {@code survivor} has absorbed it. */
    public DigestSummary absorbedBy(String survivor) {
        return new DigestSummary(storyId, title, firstPublishedAt, lastPublishedAt, articleCount, listedCount, latest,
                entities, cameoCodes, copiesAhead, survivor, absorbed);
    }

    /** This story having absorbed {@code stories} as well (each listed once). */
    public DigestSummary absorbing(List<String> stories) {
        List<String> all = new ArrayList<>(absorbed);
        stories.stream().filter(story -> !all.contains(story)).forEach(all::add);
        return new DigestSummary(storyId, title, firstPublishedAt, lastPublishedAt, articleCount, listedCount, latest,
                entities, cameoCodes, copiesAhead, mergedInto, all);
    }

    private List<DigestEntity> heaviest(List<DigestEntity> mentioned) {
        Map<String, DigestEntity> byId = new LinkedHashMap<>();
        entities.forEach(entity -> byId.put(entity.id(), entity));
        mentioned.forEach(entity -> byId.merge(entity.id(), entity, DigestEntity::plus));
        return byId.values().stream()
                .sorted(Comparator.comparingInt(DigestEntity::mentions).reversed().thenComparing(DigestEntity::id))
                .limit(StoryDigest.MAX_ENTITIES)
                .toList();
    }
}
