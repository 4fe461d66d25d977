package io.newsflow.alerts.explorer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Listed articles in a map, for tests of the digest's logic without a state store. */
final class MemoryListedArticles implements ListedArticles {
    private final Map<String, DigestArticle> articles = new TreeMap<>();
    private int writes;

    @Override
    public DigestArticle get(String storyId, String articleId) {
        return articles.get(storyId + "/" + articleId);
    }

    @Override
    public void put(String storyId, DigestArticle article) {
        writes++;
        articles.put(storyId + "/" + article.articleId(), article);
    }

    @Override
    public void delete(String storyId, String articleId) {
        writes++;
        articles.remove(storyId + "/" + articleId);
    }

    @Override
    public List<DigestArticle> all(String storyId) {
        List<DigestArticle> story = new ArrayList<>();
        articles.forEach((key, article) -> {
            if (key.startsWith(storyId + "/")) {
                story.add(article);
            }
        });
        return story;
    }

    /** Puts and deletes so far: what the store's changelog would have been sent. */
    int writes() {
        return writes;
    }
}
