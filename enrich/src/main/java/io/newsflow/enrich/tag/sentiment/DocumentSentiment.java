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
        SentenceSentiment pooled = SentenceSentiment.NONE;
        int scored = 0;
        for (SentenceSentiment sentence : sentences) {
            pooled = pooled.plus(sentence);
            if (sentence != SentenceSentiment.NONE) {
                scored++;
            }
        }
        if (scored <= 1) {
            return pooled.score();
        }
        return pooled.withValenceSum(pooled.valenceSum() / Math.sqrt(scored)).score();
    }
}
