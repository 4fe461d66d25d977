package io.newsflow.enrich.tag.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenTest {
    private final Token word = new Tokenizer().tokenize("DIDN’T stop").token(0);

    @Test
    void comparesTheFoldedFormWithoutBeingAskedForIt() {
        assertTrue(word.foldedEquals("didn't"));
        assertFalse(word.foldedEquals("didn"));
        assertTrue(word.foldedEndsWith("n't"));
        assertFalse(word.foldedEndsWith("xdidn't"));
        assertEquals("didn't", word.folded());
    }

    @Test
    void keepsKindCaseAndIdApart() {
        TokenizedText text = new Tokenizer(Vocabulary.of(List.of("stop"))).tokenize("DIDN’T stop 2024 !");
        assertTrue(text.token(0).isAllCaps());
        assertTrue(text.token(0).startsUppercase());
        assertEquals(Vocabulary.UNKNOWN, text.token(0).wordId());
        assertFalse(text.token(1).startsUppercase());
        assertEquals("stop", text.vocabulary().word(text.token(1).wordId()));
        assertEquals(TokenKind.NUMBER, text.token(2).kind());
        assertTrue(text.token(2).isWordLike());
        assertTrue(text.token(3).is('!'));
        assertFalse(text.token(3).isWordLike());
    }
}
