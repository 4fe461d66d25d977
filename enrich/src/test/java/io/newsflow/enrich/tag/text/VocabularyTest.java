package io.newsflow.enrich.tag.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

class VocabularyTest {

    @Test
    void knownWordsFoldToTheCanonicalInstanceUnknownOnesToEqualNewStrings() {
        String canonical = new String("maduro".toCharArray());
        Tokenizer tokenizer = new Tokenizer(Vocabulary.of(List.of(canonical)));
        List<Token> tokens = tokenizer.tokenize("MADURO and Maduro met Zyxwv").tokens();
        assertSame(canonical, tokens.get(0).folded());
        assertSame(canonical, tokens.get(2).folded());
        assertEquals("zyxwv", tokens.get(4).folded());
        assertNotSame(tokenizer.tokenize("Zyxwv").tokens().get(0).folded(), tokens.get(4).folded());
    }

    @Test
    void functionWordsAreAlwaysKnown() {
        Tokenizer tokenizer = new Tokenizer(Vocabulary.of(List.of()));
        String first = tokenizer.tokenize("The talks").tokens().get(0).folded();
        String second = tokenizer.tokenize("the end").tokens().get(0).folded();
        assertSame(first, second);
    }
}
