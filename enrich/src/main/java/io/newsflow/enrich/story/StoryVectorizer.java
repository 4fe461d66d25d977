package io.newsflow.enrich.story;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns an article into a TF-IDF feature vector of its most frequent terms and its entities. Entities
 * weigh more than terms: two outlets rewrite the same event in different words but name the same people and places.
 */
public final class StoryVectorizer {
    private final TermExtractor terms = new TermExtractor();
    private final TermStatistics statistics;
    private final StorySettings settings;

    public StoryVectorizer(TermStatistics statistics, StorySettings settings) {
        this.statistics = statistics;
        this.settings = settings;
    }

    /** The article's vector (pruned to its heaviest features), counting the article into the statistics. */
    public FeatureVector vectorize(String title, String body, Map<String, Integer> entityCounts) {
        Map<String, Integer> counts = new HashMap<>();
        mostFrequent(terms.termCounts(title, body), settings.termsConsidered())
                .forEach(term -> counts.put("t:" + term.getKey(), term.getValue()));
        entityCounts.forEach((entity, count) -> counts.put("e:" + entity, count));
        long documents = statistics.documents();
        Map<String, Double> weights = new HashMap<>();
        counts.forEach((feature, count) -> {
            double idf = Math.log((documents + 1.0) / (statistics.documentFrequency(feature) + 1.0)) + 1.0;
            double boost = feature.startsWith("e:") ? settings.entityWeight() : 1.0;
            weights.put(feature, boost * (1.0 + Math.log(count)) * idf);
        });
        statistics.addDocument(counts.keySet());
        return new FeatureVector(weights).prunedTo(settings.articleFeatures()).normalized();
    }

    /**
     * The terms mentioned most (ties by term): only they are weighed, because each weight costs a
     * document-frequency lookup in a store, and a word said once rarely says what the story is.
     */
    private static List<Map.Entry<String, Integer>> mostFrequent(Map<String, Integer> counts, int n) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(n)
                .toList();
    }
}
