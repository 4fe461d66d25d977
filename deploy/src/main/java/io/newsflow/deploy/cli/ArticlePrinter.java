package io.newsflow.deploy.cli;

import io.newsflow.schemas.avro.RawArticle;

/** Renders records for a person reading a terminal. */
final class ArticlePrinter {
    private static final int BODY_PREVIEW = 90;

    private ArticlePrinter() {
    }

    static String oneLine(RawArticle article) {
        String body = article.getBody().replaceAll("\\s+", " ");
        return String.format("  [%s] %s | %s | %s%n      %s", article.getArticleId(), article.getPublishedAt(),
                article.getSource(), article.getTitle(),
                body.length() > BODY_PREVIEW ? body.substring(0, BODY_PREVIEW) + " ..." : body);
    }
}
