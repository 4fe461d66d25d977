package io.newsflow.schemas.serde;

import io.newsflow.schemas.avro.RawArticle;
import java.time.Instant;

final class Samples {
    private Samples() {
    }

    static RawArticle article() {
        return RawArticle.newBuilder()
                .setArticleId("a-1")
                .setUrl("https://example.org/news/1")
                .setSource("Example Times")
                .setTitle("Nicolás Maduro rejects amnesty offer")
                .setBody("Caracas — Venezuela's president said no.")
                .setPublishedAt(Instant.parse("2024-08-14T12:00:00Z"))
                .setFirstSeenAt(Instant.parse("2024-08-14T12:01:00Z"))
                .setLanguage("en")
                .build();
    }
}
