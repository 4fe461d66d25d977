package io.newsflow.deploy.run;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.schemas.streams.DeadLetters;

/**
 * How many records each stage of the in-process pipeline has finished with, read from the same meters
 * operators see: an article is done with enrich when it came out enriched, as a duplicate or as a dead
 * letter, or was dropped as a redelivery of an id enrich already had; and done with alerts when the alerts
 * service compared it (or dead-lettered it).
 */
record StageCounts(double enrichDone, double enrichedOut, double redelivered, double alertsDone) {
    static StageCounts read(MeterRegistry registry) {
        double enriched = sum(registry, "newsflow.enrich.articles.out", null);
        double redelivered = sum(registry, "newsflow.enrich.redeliveries", null);
        return new StageCounts(enriched + sum(registry, "newsflow.enrich.duplicates", null) + redelivered
                + sum(registry, DeadLetters.METER, "enrich"), enriched, redelivered,
                sum(registry, "newsflow.alerts.articles", null) + sum(registry, DeadLetters.METER, "alerts"));
    }

    /** True when, since {@code start}, enrich finished {@code published} articles and alerts all enriched ones. */
    boolean finished(StageCounts start, long published) {
        return enrichDone - start.enrichDone >= published
                && alertsDone - start.alertsDone >= enrichedOut - start.enrichedOut;
    }

    private static double sum(MeterRegistry registry, String name, String stage) {
        return registry.find(name).tags(stage == null ? new String[0] : new String[] {"stage", stage}).counters()
                .stream().mapToDouble(Counter::count).sum();
    }
}
