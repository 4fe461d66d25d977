package io.newsflow.enrich.story;

import java.util.HashMap;
import java.util.Map;

/**
 * Turns an article into a TF-IDF feature vector of its terms and entities. Entities weigh more than
 * terms: two outlets rewrite the same event in different words but name the same people and places.
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
        terms.termCounts(title, body).forEach((term, count) -> counts.put("t:" + term, count));
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
}
