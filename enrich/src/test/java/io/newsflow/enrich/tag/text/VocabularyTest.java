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
        TokenizedText text = tokenizer.tokenize("MADURO and Maduro met Zyxwv");
        assertSame(canonical, text.folded(0));
        assertSame(canonical, text.folded(2));
        assertEquals("maduro", text.token(0).folded());
        assertEquals("zyxwv", text.folded(4));
        assertNotSame(tokenizer.tokenize("Zyxwv").folded(0), text.folded(4));
    }

    @Test
    void functionWordsAreAlwaysKnown() {
        Tokenizer tokenizer = new Tokenizer(Vocabulary.of(List.of()));
        String first = tokenizer.tokenize("The talks").folded(0);
        String second = tokenizer.tokenize("the end").folded(0);
        assertSame(first, second);
    }
}
