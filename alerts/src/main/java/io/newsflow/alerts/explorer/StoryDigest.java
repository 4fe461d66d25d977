package io.newsflow.alerts.explorer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the explorer shows of a story besides its developments: headline, when it ran, its articles with their
 * copy counts and the entities it is about. Immutable; {@link #with} gives the digest after one more article.
 *
 * @param title        headline of the story's earliest article
 * @param articleCount every original article, also those past {@link #MAX_ARTICLES}
 * @param articles     the earliest {@link #MAX_ARTICLES} originals, in order of publication
 * @param entities     the {@link #MAX_ENTITIES} most mentioned entities, most mentioned first
 * @param cameoCodes   CAMEO root code per event type, as the tagger aligned them
 * @param copiesAhead  copies counted before their original reached the digest (they travel by another
 *                     topic), per original id, added to it when it comes
 */
public record StoryDigest(String storyId, String title, Instant firstPublishedAt, Instant lastPublishedAt,
                          int articleCount, List<DigestArticle> articles, List<DigestEntity> entities,
                          Map<String, String> cameoCodes, Map<String, Integer> copiesAhead) {
    /** Bounds a long-running story's state; the earliest reports are the ones a timeline needs. */
    public static final int MAX_ARTICLES = 200;
    public static final int MAX_ENTITIES = 20;

    public StoryDigest {
        articles = List.copyOf(articles);
        entities = List.copyOf(entities);
        cameoCodes = Map.copyOf(cameoCodes);
        copiesAhead = Map.copyOf(copiesAhead);
    }

    public static StoryDigest empty(String storyId) {
        return new StoryDigest(storyId, null, null, null, 0, List.of(), List.of(), Map.of(), Map.of());
    }

    /** The digest with one more original article; an article already listed (a redelivery) changes nothing. */
    public StoryDigest with(DigestArticle article, List<DigestEntity> mentioned, Map<String, String> cameo) {
        if (articles.stream().anyMatch(known -> known.articleId().equals(article.articleId()))) {
            return this;
        }
        List<DigestArticle> more = new ArrayList<>(articles);
        Map<String, Integer> stillAhead = new LinkedHashMap<>(copiesAhead);
        Integer ahead = stillAhead.remove(article.articleId());
        more.add(ahead == null ? article : new DigestArticle(article.articleId(), article.url(), article.source(),
                article.title(), article.publishedAt(), article.copies() + ahead));
        more.sort(Comparator.comparing(DigestArticle::publishedAt).thenComparing(DigestArticle::articleId));
        List<DigestArticle> kept = more.size() > MAX_ARTICLES ? more.subList(0, MAX_ARTICLES) : more;
        Map<String, String> codes = new LinkedHashMap<>(cameoCodes);
        codes.putAll(cameo);
        Instant first = firstPublishedAt == null || article.publishedAt().isBefore(firstPublishedAt)
                ? article.publishedAt() : firstPublishedAt;
        Instant last = lastPublishedAt == null || article.publishedAt().isAfter(lastPublishedAt)
                ? article.publishedAt() : lastPublishedAt;
        return new StoryDigest(storyId, kept.get(0).title(), first, last, articleCount + 1, kept,
                heaviest(mentioned), codes, stillAhead);
    }

    /** The digest after dedup recognised a copy of one of its articles, listed yet or not. */
    public StoryDigest withCopyOf(String originalId) {
        if (articles.stream().noneMatch(article -> article.articleId().equals(originalId))) {
            Map<String, Integer> ahead = new LinkedHashMap<>(copiesAhead);
            ahead.merge(originalId, 1, Integer::sum);
            return new StoryDigest(storyId, title, firstPublishedAt, lastPublishedAt, articleCount, articles,
                    entities, cameoCodes, ahead);
        }
        List<DigestArticle> counted = articles.stream()
                .map(article -> article.articleId().equals(originalId) ? article.withOneMoreCopy() : article)
                .toList();
        return new StoryDigest(storyId, title, firstPublishedAt, lastPublishedAt, articleCount, counted, entities,
                cameoCodes, copiesAhead);
    }

    /** True once an article is listed; before, the digest only holds copies that came ahead of it. */
    public boolean hasArticles() {
        return articleCount > 0;
    }

    /** Distinct outlets of the listed articles, earliest first. */
    public List<String> sources() {
        return articles.stream().map(DigestArticle::source).distinct().toList();
    }

    public int copyCount() {
        return articles.stream().mapToInt(DigestArticle::copies).sum();
    }

    private List<DigestEntity> heaviest(List<DigestEntity> mentioned) {
        Map<String, DigestEntity> byId = new LinkedHashMap<>();
        entities.forEach(entity -> byId.put(entity.id(), entity));
        mentioned.forEach(entity -> byId.merge(entity.id(), entity, DigestEntity::plus));
        return byId.values().stream()
                .sorted(Comparator.comparingInt(DigestEntity::mentions).reversed().thenComparing(DigestEntity::id))
                .limit(MAX_ENTITIES)
                .toList();
    }
}
