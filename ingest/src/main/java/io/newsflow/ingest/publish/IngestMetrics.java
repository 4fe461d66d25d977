package io.newsflow.ingest.publish;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Ingest's meters. {@code source} is the kind of input (jsonl, html, rss, atom, page-text, or the kind of
 * file that could not be read), not the outlet: outlets are unbounded, and a meter per outlet would grow
 * the registry without limit.
 */
public final class IngestMetrics {
    public static final String READ = "newsflow.ingest.articles.read";
    public static final String PUBLISHED = "newsflow.ingest.articles.published";
    public static final String REJECTED = "newsflow.ingest.articles.rejected";

    private final MeterRegistry registry;

    public IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void read(String source) {
        Counter.builder(READ).description("Inputs read: lines, pages, feed items, files that could not be read")
                .tag("source", source).register(registry).increment();
    }

    public void published(String source) {
        Counter.builder(PUBLISHED).description("Articles written to the raw-articles topic")
                .tag("source", source).register(registry).increment();
    }

    public void rejected(String source, String reason) {
        Counter.builder(REJECTED).description("Inputs that became dead letters instead of articles")
                .tag("source", source).tag("reason", reason).register(registry).increment();
    }
}
