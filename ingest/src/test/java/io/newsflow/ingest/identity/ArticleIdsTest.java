package io.newsflow.ingest.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class ArticleIdsTest {

    @Test
    void urlIdsAreStableAndDifferByUrl() {
        String id = ArticleIds.forCanonicalUrl("https://news.example.com/a");

        assertEquals(id, ArticleIds.forCanonicalUrl("https://news.example.com/a"));
        assertNotEquals(id, ArticleIds.forCanonicalUrl("https://news.example.com/b"));
        assertEquals("url-".length() + 32, id.length());
    }

    @Test
    void contentIdsIgnoreCaseWhitespaceAndUnicodeForms() {
        String id = ArticleIds.forContent("Café reopens", "The café on Quay Street reopened.");

        assertEquals(id, ArticleIds.forContent("CAFE\u0301  REOPENS", "The café on Quay Street\n\nreopened."));
        assertNotEquals(id, ArticleIds.forContent("Café reopens", "The café on Quay Street closed."));
    }
}
