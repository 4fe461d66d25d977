package io.newsflow.enrich.stream;

import io.newsflow.enrich.story.TermStatistics;
import java.util.Collection;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Document frequencies in a changelogged key-value store. The document count sits under a key no feature
 * can have (features start with "t:" or "e:").
 */
final class StoreTermStatistics implements TermStatistics {
    private static final String DOCUMENTS_KEY = "#documents";
    private final KeyValueStore<String, Long> frequencies;

    StoreTermStatistics(KeyValueStore<String, Long> frequencies) {
        this.frequencies = frequencies;
    }

    @Override
    public long documents() {
        return documentFrequency(DOCUMENTS_KEY);
    }

    @Override
    public long documentFrequency(String feature) {
        Long frequency = frequencies.get(feature);
        return frequency == null ? 0 : frequency;
    }

    @Override
    public void addDocument(Collection<String> features) {
        frequencies.put(DOCUMENTS_KEY, documents() + 1);
        for (String feature : features) {
            frequencies.put(feature, documentFrequency(feature) + 1);
        }
    }
}
