package io.newsflow.enrich.story;

import java.util.Arrays;

/**
 * One of a small story's articles as it would reach a story that absorbs this one: story assignment only
 * keeps and hands it on, the service that made it ({@code payload}) reads it.
 *
 * @param articleId the article
 * @param payload   what the article carries into a story that absorbs its own, encoded by the caller
 */
public record EarlyArticle(String articleId, byte[] payload) {
    public EarlyArticle {
        payload = payload.clone();
    }

    @Override
    public byte[] payload() {
        return payload.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EarlyArticle that && articleId.equals(that.articleId)
                && Arrays.equals(payload, that.payload);
    }

    @Override
    public int hashCode() {
        return 31 * articleId.hashCode() + Arrays.hashCode(payload);
    }

    @Override
    public String toString() {
        return "EarlyArticle[" + articleId + ", " + payload.length + " bytes]";
    }
}
