package io.newsflow.ingest;

import io.newsflow.ingest.model.InputRejectedException;
import io.newsflow.ingest.parse.JsonLineParser;
import io.newsflow.ingest.publish.ArticleAssembler;
import io.newsflow.schemas.avro.RawArticle;
import java.time.Clock;

/**
 * Turns one line of the JSON-lines exchange format into the raw article ingest would publish for it: the
 * same validation, the same article id, the same canonical URL and publication time. Tools that read the
 * format without Kafka ({@code newsflow tag}) use this, so they accept and name exactly what the pipeline
 * does.
 */
public final class JsonLineArticles {
    private final JsonLineParser parser = new JsonLineParser();
    private final ArticleAssembler assembler;

    public JsonLineArticles(Clock clock) {
        this.assembler = new ArticleAssembler(clock);
    }

    /** @throws InputRejectedException naming the reason (as in ingest's dead letters) and the field */
    public RawArticle read(String line) throws InputRejectedException {
        return assembler.assemble(parser.parse(line));
    }
}
