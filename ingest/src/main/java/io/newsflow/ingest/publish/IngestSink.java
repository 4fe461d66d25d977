package io.newsflow.ingest.publish;

import io.newsflow.schemas.avro.DeadLetter;
import io.newsflow.schemas.avro.RawArticle;
import java.util.concurrent.CompletableFuture;

/** Where ingest's output goes; each future completes when the record is durably written, or fails. */
public interface IngestSink extends AutoCloseable {

    CompletableFuture<Void> publish(RawArticle article);

    CompletableFuture<Void> deadLetter(DeadLetter letter);

    /** Returns once everything sent so far is written or has failed. */
    void flush();

    @Override
    void close();
}
