package io.newsflow.enrich.tag.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {
    private final Tokenizer tokenizer = new Tokenizer();

    private List<String> sentences(TokenizedText text) {
        return text.sentences().stream().map(text::sentenceText).toList();
    }

    @Test
    void abbreviationsInitialsAndDottedAcronymsDoNotEndSentences() {
        TokenizedText text = tokenizer.tokenize(
                "Mr. Lopez met U.S. envoys on Jan. 9 in Caracas. J. Smith said talks went well! Did they?");
        assertEquals(List.of("Mr. Lopez met U.S. envoys on Jan. 9 in Caracas.", "J. Smith said talks went well!",
                "Did they?"), sentences(text));
    }

    @Test
    void dottedAcronymEndsSentenceWhenASentenceOpenerFollows() {
        TokenizedText text = tokenizer.tokenize("The envoy flew to the U.S. The talks resumed.");
        assertEquals(List.of("The envoy flew to the U.S.", "The talks resumed."), sentences(text));
    }

    @Test
    void titleIsSentenceZeroAndLineBreaksEndSentences() {
        TokenizedText text = tokenizer.tokenize("Talks resume. Envoys meet", "Heading without stop\n\nFirst line. Second line.");
        assertEquals(List.of("Talks resume. Envoys meet", "Heading without stop", "First line.", "Second line."),
                sentences(text));
        assertEquals(0, text.sentences().get(0).index());
    }

    @Test
    void tokensCarryOffsetsIntoTitlePlusBodyAndFoldedForms() {
        TokenizedText text = tokenizer.tokenize("Headline", "Nicolás Maduro’s aides");
        Token first = text.tokens().stream().filter(t -> t.surface().equals("Nicolás")).findFirst().orElseThrow();
        assertEquals("nicolas", first.folded());
        assertEquals("Nicolás", text.text().substring(first.start(), first.end()));
        assertEquals(10, first.start());
    }

    @Test
    void possessiveIsSplitButContractionsStayWhole() {
        List<Token> tokens = tokenizer.tokenize("Maduro's allies don't agree").tokens();
        assertEquals(List.of("Maduro", "'s", "allies", "don't", "agree"), tokens.stream().map(Token::surface).toList());
        assertEquals(TokenKind.POSSESSIVE, tokens.get(1).kind());
    }

    @Test
    void numbersKeepTheirSeparators() {
        List<Token> tokens = tokenizer.tokenize("A $15,000.50 bounty").tokens();
        assertEquals(List.of("A", "$", "15,000.50", "bounty"), tokens.stream().map(Token::surface).toList());
        assertEquals(TokenKind.NUMBER, tokens.get(2).kind());
    }
}
