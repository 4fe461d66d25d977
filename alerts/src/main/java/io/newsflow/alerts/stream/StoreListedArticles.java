package io.newsflow.alerts.stream;

import io.newsflow.alerts.explorer.DigestArticle;
import io.newsflow.alerts.explorer.ListedArticles;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * A story's listed articles in {@link StoryDigestProcessor#ARTICLES_STORE}, keyed by story id, a NUL, and
 * the article id, so one prefix scan finds a story's articles and no other story's.
 */
final class StoreListedArticles implements ListedArticles {
    private static final StringSerializer KEYS = new StringSerializer();
    private final ReadOnlyKeyValueStore<String, DigestArticle> reads;
    private final KeyValueStore<String, DigestArticle> writes;

    private StoreListedArticles(ReadOnlyKeyValueStore<String, DigestArticle> reads,
                                KeyValueStore<String, DigestArticle> writes) {
        this.reads = reads;
        this.writes = writes;
    }

    static StoreListedArticles writable(KeyValueStore<String, DigestArticle> store) {
        return new StoreListedArticles(store, store);
    }

    /** For interactive queries, which only read. */
    static StoreListedArticles readOnly(ReadOnlyKeyValueStore<String, DigestArticle> store) {
        return new StoreListedArticles(store, null);
    }

    @Override
    public DigestArticle get(String storyId, String articleId) {
        return reads.get(key(storyId, articleId));
    }

    @Override
    public void put(String storyId, DigestArticle article) {
        writable().put(key(storyId, article.articleId()), article);
    }

    @Override
    public void delete(String storyId, String articleId) {
        writable().delete(key(storyId, articleId));
    }

    @Override
    public List<DigestArticle> all(String storyId) {
        List<DigestArticle> articles = new ArrayList<>();
        try (KeyValueIterator<String, DigestArticle> listed = reads.prefixScan(storyId + '\0', KEYS)) {
            listed.forEachRemaining(entry -> articles.add(entry.value));
        }
        return articles;
    }

    private KeyValueStore<String, DigestArticle> writable() {
        if (writes == null) {
            throw new UnsupportedOperationException("a query's view of " + StoryDigestProcessor.ARTICLES_STORE
                    + " is read-only");
        }
        return writes;
    }

    private static String key(String storyId, String articleId) {
        return storyId + '\0' + articleId;
    }
}
