package io.newsflow.enrich.stream;

import io.newsflow.enrich.story.TermStatistics;
import io.newsflow.schemas.streams.RecentlyUsed;
import java.util.Collection;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Document frequencies in a changelogged key-value store. The document count sits under a key no feature
 * can have (features start with "t:" or "e:"). Every article reads the frequency of each of its few dozen
 * features twice (to weigh it, then to count it) and writes it once; the frequencies of the features used
 * last are kept decoded, so a read is a map look-up rather than a store read that encodes the key and
 * decodes the value. Writes go to the store at once. The processor makes one of these in {@code init},
 * which Kafka Streams calls again whenever it rebuilds the task's state.
 */
final class StoreTermStatistics implements TermStatistics {
    /** Features kept decoded: a news vocabulary's working set, a few megabytes. */
    static final int DECODED_FEATURES = 65_536;
    private static final String DOCUMENTS_KEY = "#documents";
    private final KeyValueStore<String, Long> frequencies;
    private final RecentlyUsed<Long> decoded = new RecentlyUsed<>(DECODED_FEATURES);

    StoreTermStatistics(KeyValueStore<String, Long> frequencies) {
        this.frequencies = frequencies;
    }

    @Override
    public long documents() {
        return documentFrequency(DOCUMENTS_KEY);
    }

    @Override
    public long documentFrequency(String feature) {
        Long frequency = decoded.get(feature);
        if (frequency == null) {
            Long stored = frequencies.get(feature);
            frequency = stored == null ? 0L : stored;
            decoded.put(feature, frequency);
        }
        return frequency;
    }

    @Override
    public void addDocument(Collection<String> features) {
        count(DOCUMENTS_KEY);
        for (String feature : features) {
            count(feature);
        }
    }

    private void count(String feature) {
        long counted = documentFrequency(feature) + 1;
        frequencies.put(feature, counted);
        decoded.put(feature, counted);
    }
}
