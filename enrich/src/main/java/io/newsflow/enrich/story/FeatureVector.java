package io.newsflow.enrich.story;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sparse weights of story features ("t:term", "e:entity id"). Orders are deterministic (weight, then
 * feature name) so that a replay picks the same features and the same stories.
 */
public final class FeatureVector {
    private static final Comparator<Map.Entry<String, Double>> HEAVIEST_FIRST =
            Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey());
    private final Map<String, Double> weights;

    /** Kept sorted by feature, so that sums over the weights add in the same order on every JVM and replay. */
    public FeatureVector(Map<String, Double> weights) {
        this.weights = Collections.unmodifiableMap(new TreeMap<>(weights));
    }

    public Map<String, Double> weights() {
        return weights;
    }

    /** The {@code n} heaviest features. */
    public List<String> top(int n) {
        return weights.entrySet().stream().sorted(HEAVIEST_FIRST).limit(n).map(Map.Entry::getKey).toList();
    }

    /** Only the {@code n} heaviest features, keeping their weights. */
    public FeatureVector prunedTo(int n) {
        Map<String, Double> kept = new LinkedHashMap<>();
        weights.entrySet().stream().sorted(HEAVIEST_FIRST).limit(n)
                .forEach(entry -> kept.put(entry.getKey(), entry.getValue()));
        return new FeatureVector(kept);
    }

    /** Scaled to unit length, so that dot products are cosines. */
    public FeatureVector normalized() {
        double norm = Math.sqrt(weights.values().stream().mapToDouble(weight -> weight * weight).sum());
        if (norm == 0) {
            return this;
        }
        Map<String, Double> scaled = new LinkedHashMap<>();
        weights.forEach((feature, weight) -> scaled.put(feature, weight / norm));
        return new FeatureVector(scaled);
    }

    /** Element-wise sum. */
    public FeatureVector plus(FeatureVector other) {
        Map<String, Double> sum = new LinkedHashMap<>(weights);
        other.weights.forEach((feature, weight) -> sum.merge(feature, weight, Double::sum));
        return new FeatureVector(sum);
    }

    public double cosine(FeatureVector other) {
        FeatureVector a = normalized();
        FeatureVector b = other.normalized();
        Map<String, Double> smaller = a.weights.size() <= b.weights.size() ? a.weights : b.weights;
        Map<String, Double> larger = smaller == a.weights ? b.weights : a.weights;
        double dot = 0;
        for (Map.Entry<String, Double> entry : smaller.entrySet()) {
            Double weight = larger.get(entry.getKey());
            if (weight != null) {
                dot += entry.getValue() * weight;
            }
        }
        return dot;
    }
}
