package io.newsflow.enrich.story;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Sparse weights of story features ("t:term", "e:entity id"), held as arrays sorted by feature: products
 * and sums are merge joins that add in the same order on every JVM and replay, and a story candidate
 * costs no map building. Orders by weight break ties by feature name, so a replay picks the same features.
 */
public final class FeatureVector {
    private static final FeatureVector EMPTY = new FeatureVector(new String[0], new double[0]);
    private final String[] features;
    private final double[] weights;
    private final double norm;

    public FeatureVector(Map<String, Double> weights) {
        this(sortedFeatures(weights), weights);
    }

    private FeatureVector(String[] sortedFeatures, Map<String, Double> weights) {
        this(sortedFeatures, Arrays.stream(sortedFeatures).mapToDouble(weights::get).toArray());
    }

    private FeatureVector(String[] sortedFeatures, double[] weights) {
        this.features = sortedFeatures;
        this.weights = weights;
        double sumOfSquares = 0;
        for (double weight : weights) {
            sumOfSquares += weight * weight;
        }
        this.norm = Math.sqrt(sumOfSquares);
    }

    /** A vector from features already in ascending order (as {@link #feature(int)} gives them), e.g. when read back. */
    public static FeatureVector fromSorted(String[] features, double[] weights) {
        for (int i = 1; i < features.length; i++) {
            if (features[i - 1].compareTo(features[i]) >= 0) {
                throw new IllegalArgumentException("features are not in ascending order at " + features[i]);
            }
        }
        if (features.length != weights.length) {
            throw new IllegalArgumentException(features.length + " features but " + weights.length + " weights");
        }
        return new FeatureVector(features.clone(), weights.clone());
    }

    public static FeatureVector empty() {
        return EMPTY;
    }

    public int size() {
        return features.length;
    }

    /** The i-th feature in ascending order. */
    public String feature(int i) {
        return features[i];
    }

    /** The weight of {@link #feature(int) feature i}. */
    public double weight(int i) {
        return weights[i];
    }

    /** The {@code n} heaviest features. */
    public List<String> top(int n) {
        return heaviestIndices(n).mapToObj(i -> features[i]).toList();
    }

    /** Only the {@code n} heaviest features, keeping their weights. */
    public FeatureVector prunedTo(int n) {
        if (features.length <= n) {
            return this;
        }
        int[] kept = heaviestIndices(n).sorted().toArray();
        String[] keptFeatures = new String[kept.length];
        double[] keptWeights = new double[kept.length];
        for (int i = 0; i < kept.length; i++) {
            keptFeatures[i] = features[kept[i]];
            keptWeights[i] = weights[kept[i]];
        }
        return new FeatureVector(keptFeatures, keptWeights);
    }

    /** Scaled to unit length. */
    public FeatureVector normalized() {
        if (norm == 0) {
            return this;
        }
        double[] scaled = new double[weights.length];
        for (int i = 0; i < weights.length; i++) {
            scaled[i] = weights[i] / norm;
        }
        return new FeatureVector(features, scaled);
    }

    /** Element-wise sum. */
    public FeatureVector plus(FeatureVector other) {
        String[] sumFeatures = new String[features.length + other.features.length];
        double[] sumWeights = new double[sumFeatures.length];
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < features.length || j < other.features.length) {
            int order = i == features.length ? 1 : j == other.features.length ? -1
                    : features[i].compareTo(other.features[j]);
            if (order <= 0) {
                sumFeatures[k] = features[i];
                sumWeights[k] = weights[i++] + (order == 0 ? other.weights[j++] : 0);
            } else {
                sumFeatures[k] = other.features[j];
                sumWeights[k] = other.weights[j++];
            }
            k++;
        }
        return new FeatureVector(Arrays.copyOf(sumFeatures, k), Arrays.copyOf(sumWeights, k));
    }

    public double cosine(FeatureVector other) {
        if (norm == 0 || other.norm == 0) {
            return 0;
        }
        double dot = 0;
        int i = 0;
        int j = 0;
        while (i < features.length && j < other.features.length) {
            int order = features[i].compareTo(other.features[j]);
            if (order == 0) {
                dot += weights[i++] * other.weights[j++];
            } else if (order < 0) {
                i++;
            } else {
                j++;
            }
        }
        return dot / (norm * other.norm);
    }

    private static String[] sortedFeatures(Map<String, Double> weights) {
        String[] features = weights.keySet().toArray(new String[0]);
        Arrays.sort(features);
        return features;
    }

    private IntStream heaviestIndices(int n) {
        return IntStream.range(0, features.length).boxed()
                .sorted(Comparator.<Integer>comparingDouble(i -> -weights[i]).thenComparing(i -> features[i]))
                .limit(n)
                .mapToInt(Integer::intValue);
    }
}
