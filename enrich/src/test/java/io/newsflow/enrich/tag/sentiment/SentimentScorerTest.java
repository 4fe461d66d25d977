package io.newsflow.enrich.tag.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.enrich.tag.text.TokenizedText;
import io.newsflow.enrich.tag.text.Tokenizer;
import org.junit.jupiter.api.Test;

class SentimentScorerTest {
    private static final VaderLexicon LEXICON = VaderLexicon.bundled();
    private final SentimentScorer scorer = new SentimentScorer(LEXICON);
    private final Tokenizer tokenizer = new Tokenizer();

    private SentimentScore score(String sentence) {
        TokenizedText text = tokenizer.tokenize(sentence);
        return scorer.score(text, text.sentences().get(0)).score();
    }

    @Test
    void lexiconIsBundled() {
        assertTrue(LEXICON.size() > 7000);
        assertEquals(1.9, LEXICON.valence("good"), 1e-9);
    }

    @Test
    void singleWordFollowsVaderNormalisation() {
        double good = LEXICON.valence("good");
        assertEquals(good / Math.sqrt(good * good + 15), score("The deal is good").compound(), 1e-9);
    }

    @Test
    void negationFlipsAndDampens() {
        double good = LEXICON.valence("good");
        double negated = good * -0.74;
        assertEquals(negated / Math.sqrt(negated * negated + 15), score("The deal is not good").compound(), 1e-9);
    }

    @Test
    void boostersAndCapitalsIntensify() {
        double plain = score("The deal is good").compound();
        assertTrue(score("The deal is very good").compound() > plain);
        assertTrue(score("The deal is GOOD").compound() > plain);
        assertTrue(score("The deal is slightly good").compound() < plain);
    }

    @Test
    void clauseAfterButWeighsMore() {
        assertTrue(score("The talks were good but the result was terrible").compound() < 0);
        assertTrue(score("The talks were terrible but the result was good").compound() > 0);
    }

    @Test
    void exclamationMarksAddEmphasis() {
        assertTrue(score("The deal is good!!").compound() > score("The deal is good").compound());
    }

    @Test
    void sharesSumToOneAndNeutralTextScoresZero() {
        SentimentScore mixed = score("A good plan met a terrible response from the government");
        assertEquals(1.0, mixed.positive() + mixed.negative() + mixed.neutral(), 1e-9);
        assertEquals(0.0, score("The minister arrived in the capital on Tuesday").compound(), 1e-9);
    }

    @Test
    void documentScoreDoesNotSaturateWithLength() {
        TokenizedText text = tokenizer.tokenize("The plan is good. ".repeat(40));
        var sentences = text.sentences().stream().map(s -> scorer.score(text, s)).toList();
        double document = DocumentSentiment.of(sentences).compound();
        double oneSentence = sentences.get(0).score().compound();
        double wholeTextVader = 40 * 1.9 / Math.sqrt(40 * 1.9 * 40 * 1.9 + 15);
        assertTrue(document > oneSentence && document < 0.96 && document < wholeTextVader,
                "document compound " + document);
    }
}
