package io.newsflow.enrich.support;

import io.newsflow.enrich.story.TermStatistics;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Document frequencies in a hash map, for unit tests and the benchmark. */
public final class InMemoryTermStatistics implements TermStatistics {
    private final Map<String, Long> frequencies = new HashMap<>();
    private long documents;

    @Override
    public long documents() {
        return documents;
    }

    @Override
    public long documentFrequency(String feature) {
        return frequencies.getOrDefault(feature, 0L);
    }

    @Override
    public void addDocument(Collection<String> features) {
        documents++;
        features.forEach(feature -> frequencies.merge(feature, 1L, Long::sum));
    }
}
