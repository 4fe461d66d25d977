package io.newsflow.alerts.explorer;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What the explorer shows of a story besides its developments: headline, when it ran, its articles with their
 * copy counts and the entities it is about, put together from the story's {@link DigestSummary} and its
 * {@link ListedArticles} (see {@link StoryDigests}).
 *
 * @param title        headline of the story's earliest article
 * @param articleCount every original article, also those past {@link #MAX_ARTICLES}
 * @param articles     the earliest {@link #MAX_ARTICLES} originals, in order of publication
 * @param entities     the {@link #MAX_ENTITIES} most mentioned entities, most mentioned first
 * @param cameoCodes   CAMEO root code per event type, as the tagger aligned them
 * @param mergedInto   the story that absorbed this one, or null
 * @param absorbed     the stories this one absorbed
 */
public record StoryDigest(String storyId, String title, Instant firstPublishedAt, Instant lastPublishedAt,
                          int articleCount, List<DigestArticle> articles, List<DigestEntity> entities,
                          Map<String, String> cameoCodes, String mergedInto, List<String> absorbed) {
    /** Bounds a long-running story's state; the earliest reports are the ones a timeline needs. */
    public static final int MAX_ARTICLES = 200;
    public static final int MAX_ENTITIES = 20;

    public StoryDigest {
        articles = List.copyOf(articles);
        entities = List.copyOf(entities);
        cameoCodes = Map.copyOf(cameoCodes);
        absorbed = List.copyOf(absorbed);
    }

    /** The story with its listed articles in order of publication, then by id. */
    public static StoryDigest of(DigestSummary summary, List<DigestArticle> listed) {
        List<DigestArticle> ordered = listed.stream()
                .sorted(Comparator.comparing(DigestArticle::publishedAt).thenComparing(DigestArticle::articleId))
                .toList();
        return new StoryDigest(summary.storyId(), summary.title(), summary.firstPublishedAt(),
                summary.lastPublishedAt(), summary.articleCount(), ordered, summary.entities(), summary.cameoCodes(),
                summary.mergedInto(), summary.absorbed());
    }

    /** True once an article is listed. */
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
}
