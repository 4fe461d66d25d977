package io.newsflow.enrich.tag;

import io.newsflow.schemas.avro.RawArticle;

/**
 * Reads one input line into the raw article the pipeline would see for it. {@code newsflow tag} is given
 * ingest's reader, so a line gets the same id and is accepted or refused exactly as ingest would.
 */
@FunctionalInterface
public interface ArticleLineReader {
    /** @throws IllegalArgumentException with a message a person can act on, when the line is not an article */
    RawArticle read(String line);
}
