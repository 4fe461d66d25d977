package io.newsflow.deploy.bench;

import java.util.List;

/**
 * Live mode: articles fed at a steady rate while enrich and alerts run, and the latencies of what came
 * out for them (milliseconds from an article's first sight to a read_committed consumer's receipt), and what
 * the two wrote to their internal topics meanwhile.
 */
record LiveResult(double ratePerSecond, int seconds, long fed, List<Long> enrichedLatencies,
                  List<Long> alertLatencies, LiveInternal internal) {
}
