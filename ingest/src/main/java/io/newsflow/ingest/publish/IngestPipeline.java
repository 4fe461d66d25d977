package io.newsflow.ingest.publish;

import io.newsflow.ingest.model.ArticleDraft;
import io.newsflow.ingest.model.InputRejectedException;
import io.newsflow.ingest.model.RejectionReason;
import io.newsflow.schemas.avro.RawArticle;
import io.newsflow.schemas.serde.OversizedRecordException;
import io.newsflow.schemas.streams.DeadLetters;
import java.io.PrintStream;
import java.time.Clock;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.common.errors.RecordTooLargeException;

/**
 * The one path every input takes: counted as read, then either published as a raw article or, when it
 * cannot be one, reported (naming the input) and written as a dead letter with the reason. Nothing read
 * leaves without one of the two, and a failed write is reported too: never a silent drop.
 */
public final class IngestPipeline {
    public static final String STAGE = "ingest";
    /** Dead letters keep the start of the raw input: enough to see what it was, small enough for any broker. */
    static final int DEAD_LETTER_RAW_LIMIT = 256 * 1024;

    private final ArticleAssembler assembler;
    private final IngestSink sink;
    private final IngestMetrics metrics;
    private final ProgressReporter progress;
    private final PrintStream errors;
    private final Clock clock;
    private final IngestSummary summary = new IngestSummary();
    private final Set<CompletableFuture<Void>> inFlight = ConcurrentHashMap.newKeySet();

    public IngestPipeline(ArticleAssembler assembler, IngestSink sink, IngestMetrics metrics, ProgressReporter progress,
                          PrintStream errors, Clock clock) {
        this.assembler = assembler;
        this.sink = sink;
        this.metrics = metrics;
        this.progress = progress;
        this.errors = errors;
        this.clock = clock;
    }

    /**
     * Publishes the article a parser found in {@code input} (a file, "file:line", or a URL); {@code raw} is
     * what the dead letter keeps if the article turns out unusable. Completes when the outcome is written.
     */
    public CompletableFuture<Void> publish(ArticleDraft draft, String input, byte[] raw) {
        String source = draft.origin().wireName();
        RawArticle article;
        try {
            article = assembler.assemble(draft);
        } catch (InputRejectedException rejection) {
            return reject(input, source, rejection, raw);
        }
        read(source);
        return track(sink.publish(article)
                .thenRun(() -> {
                    metrics.published(source);
                    summary.countPublished();
                })
                .exceptionallyCompose(error -> deadLetter(input, source, publishFailure(cause(error)), raw)));
    }

    /** Reports input that could not become an article and writes its dead letter. */
    public CompletableFuture<Void> reject(String input, String source, InputRejectedException rejection, byte[] raw) {
        read(source);
        return track(deadLetter(input, source, rejection, raw));
    }

    /** Waits until every input handed in so far is written as an article or a dead letter; returns the totals. */
    public IngestSummary finish() {
        sink.flush();
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).join();
        return summary;
    }

    private CompletableFuture<Void> track(CompletableFuture<Void> outcome) {
        inFlight.add(outcome);
        outcome.whenComplete((done, error) -> inFlight.remove(outcome));
        return outcome;
    }

    private void read(String source) {
        metrics.read(source);
        summary.countRead();
        progress.maybeReport(summary);
    }

    private CompletableFuture<Void> deadLetter(String input, String source, InputRejectedException rejection,
                                               byte[] raw) {
        String reason = rejection.reason().code();
        errors.println("ingest: rejected " + input + " (" + reason + "): " + rejection.getMessage());
        metrics.rejected(source, reason);
        DeadLetters.count(STAGE, reason);
        summary.countRejected(reason);
        return sink.deadLetter(DeadLetters.forInput(STAGE, reason, input, truncated(raw), rejection, clock.instant()))
                .exceptionally(error -> {
                    errors.println("ingest: could not write the dead letter for " + input + ": " + cause(error));
                    return null;
                });
    }

    private static InputRejectedException publishFailure(Throwable error) {
        if (error instanceof OversizedRecordException) {
            return new InputRejectedException(RejectionReason.TOO_LARGE, error.getMessage(), error);
        }
        RejectionReason reason = error instanceof RecordTooLargeException
                ? RejectionReason.TOO_LARGE : RejectionReason.PUBLISH_FAILED;
        return new InputRejectedException(reason, "the broker did not accept the article: " + error, error);
    }

    private static Throwable cause(Throwable error) {
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }

    private static byte[] truncated(byte[] raw) {
        return raw == null || raw.length <= DEAD_LETTER_RAW_LIMIT ? raw : Arrays.copyOf(raw, DEAD_LETTER_RAW_LIMIT);
    }
}
