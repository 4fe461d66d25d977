package io.newsflow.enrich.tag.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordSetTest {
    private final WordSet prepositions = WordSet.of("in", "near", "outside");

    private boolean firstTokenIn(Vocabulary vocabulary, String text) {
        return prepositions.contains(new Tokenizer(vocabulary).tokenize(text), 0);
    }

    @Test
    void testsTokensByIdWhenTheVocabularyHoldsTheWords() {
        Vocabulary covering = Vocabulary.of(prepositions.words());
        assertTrue(firstTokenIn(covering, "Near the port"));
        assertTrue(firstTokenIn(covering, "OUTSIDE"));
        assertFalse(firstTokenIn(covering, "the port"));
        assertFalse(firstTokenIn(covering, "nearby"));
    }

    @Test
    void fallsBackToTheWordsWhenTheVocabularyLacksSome() {
        assertTrue(firstTokenIn(Vocabulary.EMPTY, "outside"));
        assertTrue(firstTokenIn(Vocabulary.of(List.of("port")), "Near"));
        assertFalse(firstTokenIn(Vocabulary.EMPTY, "port"));
    }
}
