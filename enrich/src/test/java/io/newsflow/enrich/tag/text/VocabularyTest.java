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

    @Test
    void wordsWithTheSameHashStayApartWhetherPackedInTheirSlotOrNot() {
        // "an" and "c0" share String.hashCode (97 * 31 + 110 == 99 * 31 + 48), so do words ending in them.
        assertEquals("an".hashCode(), "c0".hashCode());
        Vocabulary vocabulary = Vocabulary.of(List.of("sanctionan", "c0x"));
        TokenizedText text = new Tokenizer(vocabulary).tokenize("an c0 sanctionan sanctionc0 c0x anx");
        assertEquals(vocabulary.idOf("an"), text.token(0).wordId());
        assertEquals(Vocabulary.UNKNOWN, text.token(1).wordId());
        assertEquals(vocabulary.idOf("sanctionan"), text.token(2).wordId());
        assertEquals(Vocabulary.UNKNOWN, text.token(3).wordId());
        assertEquals(vocabulary.idOf("c0x"), text.token(4).wordId());
        assertEquals(Vocabulary.UNKNOWN, text.token(5).wordId());
    }

    @Test
    void wordsBeyondLatin1AreFoundByTheirFullSpelling() {
        Vocabulary vocabulary = Vocabulary.of(List.of("\u043f\u0443\u0442\u0438\u043d", "zelensky"));
        TokenizedText text = new Tokenizer(vocabulary).tokenize("\u041f\u0443\u0442\u0438\u043d and Zelensky, \u043f\u0443\u0442\u0438");
        assertEquals("\u043f\u0443\u0442\u0438\u043d", vocabulary.word(text.token(0).wordId()));
        assertEquals("zelensky", vocabulary.word(text.token(2).wordId()));
        assertEquals(Vocabulary.UNKNOWN, text.token(4).wordId());
    }
}
