package io.newsflow.deploy.bench;

import java.util.List;
import java.util.OptionalLong;

/** Nearest-rank percentiles of measured latencies. */
final class Percentiles {
    private Percentiles() {
    }

    static OptionalLong of(List<Long> values, double percentile) {
        if (values.isEmpty()) {
            return OptionalLong.empty();
        }
        List<Long> sorted = values.stream().sorted().toList();
        int rank = (int) Math.ceil(percentile / 100 * sorted.size());
        return OptionalLong.of(sorted.get(Math.max(0, rank - 1)));
    }
}
