package io.newsflow.enrich.tag.sentiment;

/** Normalised sentiment: compound in [-1, 1] and positive/negative/neutral shares that sum to 1. */
public record SentimentScore(double compound, double positive, double negative, double neutral) {
    public static final SentimentScore NEUTRAL = new SentimentScore(0, 0, 0, 1);
}
