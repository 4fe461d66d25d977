package io.newsflow.enrich.tag.sentiment;

/**
 * The sentiment evidence of one stretch of text, kept unnormalised so that sentences can be pooled:
 * the sum of word valences, the positive and negative sums VADER's shares are built from (each
 * sentiment word adds its valence plus one point of weight), the count of neutral words, and the
 * emphasis from '!' and '?'.
 */
public record SentenceSentiment(double valenceSum, double positiveSum, double negativeSum, int neutralCount,
                                int exclamations, int questionMarks) {
    /** VADER's normalisation constant: approximates the maximum expected valence sum. */
    static final double ALPHA = 15.0;

    public static final SentenceSentiment NONE = new SentenceSentiment(0, 0, 0, 0, 0, 0);

    /** The evidence of the first {@code count} word valences. */
    static SentenceSentiment of(double[] valences, int count, int exclamations, int questionMarks) {
        double sum = 0;
        double positive = 0;
        double negative = 0;
        int neutral = 0;
        for (int i = 0; i < count; i++) {
            double valence = valences[i];
            sum += valence;
            if (valence > 0) {
                positive += valence + 1;
            } else if (valence < 0) {
                negative += valence - 1;
            } else {
                neutral++;
            }
        }
        return new SentenceSentiment(sum, positive, negative, neutral, exclamations, questionMarks);
    }

    /** Compound score in [-1, 1] and the shares, with VADER's punctuation emphasis and normalisation. */
    public SentimentScore score() {
        double emphasis = punctuationEmphasis();
        double sum = valenceSum;
        if (sum > 0) {
            sum += emphasis;
        } else if (sum < 0) {
            sum -= emphasis;
        }
        double compound = Math.max(-1, Math.min(1, sum / Math.sqrt(sum * sum + ALPHA)));
        double positive = positiveSum;
        double negative = negativeSum;
        if (positive > Math.abs(negative)) {
            positive += emphasis;
        } else if (positive < Math.abs(negative)) {
            negative -= emphasis;
        }
        double total = positive + Math.abs(negative) + neutralCount;
        if (total == 0) {
            return SentimentScore.NEUTRAL;
        }
        return new SentimentScore(compound, positive / total, Math.abs(negative) / total, neutralCount / total);
    }

    /** Up to four '!' add 0.292 each; two or three '?' add 0.18 each, more add 0.96 in all. */
    private double punctuationEmphasis() {
        double emphasis = Math.min(exclamations, 4) * 0.292;
        if (questionMarks > 1) {
            emphasis += questionMarks <= 3 ? questionMarks * 0.18 : 0.96;
        }
        return emphasis;
    }
}
