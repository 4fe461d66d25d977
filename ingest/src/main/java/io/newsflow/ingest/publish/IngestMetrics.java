package io.newsflow.ingest.publish;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.ingest.model.RejectionReason;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Ingest's meters. {@code source} is the kind of input (jsonl, html, rss, atom, page-text, or the kind of
 * file that could not be read), not the outlet: outlets are unbounded, and a meter per outlet would grow
 * the registry without limit. Counters are kept once looked up: a backfill counts millions of records.
 */
public final class IngestMetrics {
    public static final String READ = "newsflow.ingest.articles.read";
    public static final String PUBLISHED = "newsflow.ingest.articles.published";
    public static final String REJECTED = "newsflow.ingest.articles.rejected";
    private static final String REJECTED_DESCRIPTION = "Inputs that became dead letters instead of articles";

    private final MeterRegistry registry;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    public IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void read(String source) {
        counter(READ, "Inputs read: lines, pages, feed items, files that could not be read", source, null).increment();
    }

    public void published(String source) {
        counter(PUBLISHED, "Articles written to the raw-articles topic", source, null).increment();
    }

    public void rejected(String source, String reason) {
        counter(REJECTED, REJECTED_DESCRIPTION, source, reason).increment();
    }

    /**
     * Registers the rejected counter of every reason under each source, at zero. A healthy ingest rejects
     * nothing, and a counter that does not exist yet is "No data" on the dashboard; it also lets Prometheus's
     * increase() count the first rejection, which it cannot for a series that appears at 1.
     */
    public void registerRejections(Collection<String> sources) {
        for (String source : sources) {
            for (RejectionReason reason : RejectionReason.values()) {
                counter(REJECTED, REJECTED_DESCRIPTION, source, reason.code());
            }
        }
    }

    private Counter counter(String name, String description, String source, String reason) {
        return counters.computeIfAbsent(name + '|' + source + '|' + reason, key -> {
            Counter.Builder builder = Counter.builder(name).description(description).tag("source", source);
            if (reason != null) {
                builder.tag("reason", reason);
            }
            return builder.register(registry);
        });
    }
}
