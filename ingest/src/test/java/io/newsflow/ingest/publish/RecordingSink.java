package io.newsflow.ingest.publish;

import io.newsflow.schemas.avro.DeadLetter;
import io.newsflow.schemas.avro.RawArticle;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/** An in-memory sink: keeps what was written, and can refuse articles as a broker would. */
public final class RecordingSink implements IngestSink {
    public final List<RawArticle> articles = new CopyOnWriteArrayList<>();
    public final List<DeadLetter> deadLetters = new CopyOnWriteArrayList<>();
    private RuntimeException articleFailure;

    /** Every later article fails with this error instead of being written. */
    public void failArticlesWith(RuntimeException error) {
        this.articleFailure = error;
    }

    @Override
    public CompletableFuture<Void> publish(RawArticle article) {
        if (articleFailure != null) {
            return CompletableFuture.failedFuture(articleFailure);
        }
        articles.add(article);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Void> deadLetter(DeadLetter letter) {
        deadLetters.add(letter);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
