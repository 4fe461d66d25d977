package io.newsflow.alerts.explorer;

import java.util.List;

/**
 * The articles a story's digest lists, stored one record per article beside the story's {@link DigestSummary}
 * (so an article costs one small write, not a rewrite of the whole list).
 */
public interface ListedArticles {
    /** The listed article, or null when the story does not list it. */
    DigestArticle get(String storyId, String articleId);

    void put(String storyId, DigestArticle article);

    void delete(String storyId, String articleId);

    /** Every article the story lists, in no particular order. */
    List<DigestArticle> all(String storyId);
}
