package io.newsflow.enrich.tag.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WordLookupTest {
    private final WordLookup<String> lookup = new WordLookup<>(Map.of("sanctions", "noun", "offered", "verb"));

    private String lookUp(Vocabulary vocabulary, String text) {
        TokenizedText tokenized = new Tokenizer(vocabulary).tokenize(text);
        return lookup.get(tokenized.tokens().get(0), tokenized.vocabulary());
    }

    @Test
    void findsWordsByIdWhenTheVocabularyHoldsThem() {
        Vocabulary covering = Vocabulary.of(List.of("sanctions", "offered"));
        assertEquals("noun", lookUp(covering, "Sanctions"));
        assertNull(lookUp(covering, "talks"));
    }

    @Test
    void fallsBackToTheMapWhenTheVocabularyLacksSomeWords() {
        Vocabulary partial = Vocabulary.of(List.of("sanctions"));
        assertEquals("verb", lookUp(partial, "offered"));
        assertEquals("verb", lookUp(Vocabulary.EMPTY, "offered"));
        assertEquals("noun", lookUp(partial, "sanctions"));
    }
}
