package io.newsflow.ingest.model;

import java.time.Instant;

/**
 * An article as a parser extracted it, before ids and times are settled. Every field but {@code origin}
 * may be null: the parser reports what the input said and no more; deciding fallbacks is the assembler's job.
 *
 * @param id          the source's own article id, when it gave one
 * @param url         the article's URL as found (not yet canonical)
 * @param source      the outlet, when stated
 * @param publishedAt when the outlet says it published the article
 * @param language    BCP-47 tag, when known
 */
public record ArticleDraft(String id, String url, String source, String title, String body, Instant publishedAt,
                           String language, String author, Origin origin) {
}
