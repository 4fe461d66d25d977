package io.newsflow.enrich.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Turns an article into a TF-IDF feature vector of its most frequent terms and its entities. Entities
 * weigh more than terms: two outlets rewrite the same event in different words but name the same people and places.
 */
public final class StoryVectorizer {
    private static final Comparator<Map.Entry<String, Integer>> MOST_FREQUENT_FIRST =
            Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey());
    private static final Comparator<Map.Entry<String, Integer>> LEAST_FREQUENT_FIRST = MOST_FREQUENT_FIRST.reversed();
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
     * document-frequency lookup in a store, and a word said once rarely says what the story is. A bounded
     * heap keeps the n best while reading the counts once, instead of sorting every distinct term.
     */
    private static List<Map.Entry<String, Integer>> mostFrequent(Map<String, Integer> counts, int n) {
        PriorityQueue<Map.Entry<String, Integer>> best = new PriorityQueue<>(n + 1, LEAST_FREQUENT_FIRST);
        for (Map.Entry<String, Integer> term : counts.entrySet()) {
            if (best.size() < n) {
                best.add(term);
            } else if (MOST_FREQUENT_FIRST.compare(term, best.peek()) < 0) {
                best.poll();
                best.add(term);
            }
        }
        List<Map.Entry<String, Integer>> top = new ArrayList<>(best);
        top.sort(MOST_FREQUENT_FIRST);
        return top;
    }
}
