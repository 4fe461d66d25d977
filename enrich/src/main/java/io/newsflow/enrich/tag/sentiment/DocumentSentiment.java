package io.newsflow.enrich.tag.sentiment;

import java.util.List;

/**
 * Pools sentence evidence into one document score. The valence sum is divided by the square root of
 * the number of sentences before VADER's normalisation, so a long article does not saturate at ±1
 * merely by being long; on short texts this is VADER run on the whole text.
 */
public final class DocumentSentiment {

    private DocumentSentiment() {
    }

    public static SentimentScore of(List<SentenceSentiment> sentences) {
        // Summed field by field rather than through a record per sentence: a long article has dozens.
        double valenceSum = 0;
        double positiveSum = 0;
        double negativeSum = 0;
        int neutralCount = 0;
        int exclamations = 0;
        int questionMarks = 0;
        int scored = 0;
        for (SentenceSentiment sentence : sentences) {
            valenceSum += sentence.valenceSum();
            positiveSum += sentence.positiveSum();
            negativeSum += sentence.negativeSum();
            neutralCount += sentence.neutralCount();
            exclamations += sentence.exclamations();
            questionMarks += sentence.questionMarks();
            if (sentence != SentenceSentiment.NONE) {
                scored++;
            }
        }
        double pooledValence = scored <= 1 ? valenceSum : valenceSum / Math.sqrt(scored);
        return new SentenceSentiment(pooledValence, positiveSum, negativeSum, neutralCount, exclamations,
                questionMarks).score();
    }
}
