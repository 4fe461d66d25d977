package io.newsflow.enrich.dedup;

import java.time.Instant;

/** An original article as the dedup index keeps it: enough to name it and to compare a newcomer with it. */
public record StoredOriginal(String articleId, Instant publishedAt, MinHashSignature signature) {
}
