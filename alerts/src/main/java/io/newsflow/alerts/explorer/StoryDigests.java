package io.newsflow.alerts.explorer;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Keeps a story's digest as a summary plus one record per listed article: an article adds one listed record
 * and rewrites the small summary; a copy rewrites the one article it copies. A long story lists its
 * earliest {@link StoryDigest#MAX_ARTICLES} originals; an earlier one arriving late takes the place of the
 * latest listed, the one time the listed articles are read back.
 */
public final class StoryDigests {
    private final ListedArticles listed;

    public StoryDigests(ListedArticles listed) {
        this.listed = listed;
    }

    /** The summary after one more original; an article already listed (a redelivery) changes nothing. */
    public DigestSummary add(DigestSummary summary, DigestArticle article, List<DigestEntity> mentioned,
                             Map<String, String> cameo) {
        String storyId = summary.storyId();
        if (listed.get(storyId, article.articleId()) != null) {
            return summary;
        }
        DigestSummary.ListedKey key = DigestSummary.ListedKey.of(article);
        DigestArticle withCopies = new DigestArticle(article.articleId(), article.url(), article.source(),
                article.title(), article.publishedAt(),
                article.copies() + summary.copiesAhead().getOrDefault(article.articleId(), 0));
        if (summary.listedCount() < StoryDigest.MAX_ARTICLES) {
            listed.put(storyId, withCopies);
            DigestSummary.ListedKey latest = summary.latest() == null || key.compareTo(summary.latest()) > 0
                    ? key : summary.latest();
            return summary.with(article, mentioned, cameo, summary.listedCount() + 1, latest);
        }
        if (key.compareTo(summary.latest()) > 0) {
            return summary.with(article, mentioned, cameo, summary.listedCount(), summary.latest());
        }
        listed.delete(storyId, summary.latest().articleId());
        listed.put(storyId, withCopies);
        DigestSummary.ListedKey latest = listed.all(storyId).stream().map(DigestSummary.ListedKey::of)
                .max(Comparator.naturalOrder()).orElse(key);
        return summary.with(article, mentioned, cameo, summary.listedCount(), latest);
    }

    /**
     * The summary after dedup recognised a copy of one of the story's articles, listed yet or not. Once the
     * list is full, a copy of an article not listed is not kept for later: its original most likely came
     * already and was left off the list.
     */
    public DigestSummary countCopy(DigestSummary summary, String originalId) {
        DigestArticle original = listed.get(summary.storyId(), originalId);
        if (original == null) {
            return summary.listedCount() < StoryDigest.MAX_ARTICLES ? summary.withCopyAhead(originalId) : summary;
        }
        listed.put(summary.storyId(), original.withOneMoreCopy());
        return summary;
    }

    /** The story as the explorer shows it. */
    public StoryDigest view(DigestSummary summary) {
        return StoryDigest.of(summary, listed.all(summary.storyId()));
    }
}
