package io.newsflow.enrich.tag.phrase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newsflow.enrich.tag.text.TokenizedText;
import io.newsflow.enrich.tag.text.Tokenizer;
import io.newsflow.enrich.tag.text.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseIndexTest {
    private static final String TEXT = "The United States of America lifted sanctions on Côte d'Ivoire, "
            + "and the United Nations welcomed it; the United States Treasury said little.";

    private final PhraseIndex<String> index = PhraseIndex.<String>builder()
            .add(List.of("united", "states"), "USA")
            .add(List.of("united", "states", "of", "america"), "USA-long")
            .add(List.of("united", "nations"), "UN")
            .add(List.of("united", "states"), "USA-again")
            .add(List.of("cote", "d'ivoire"), "CIV")
            .add(List.of("lifted", "sanctions"), "085")
            .build();

    /** Every match at every token, longest first, as "start-end:values". */
    private List<String> allMatches(Vocabulary vocabulary, int to) {
        TokenizedText text = new Tokenizer(vocabulary).tokenize(TEXT);
        List<String> found = new ArrayList<>();
        for (int from = 0; from < Math.min(to, text.tokens().size()); from++) {
            for (PhraseMatch<String> match : index.matchesAt(text, from, to)) {
                found.add(match.startToken() + "-" + match.endToken() + ":" + match.values());
            }
        }
        return found;
    }

    private String longest(Vocabulary vocabulary, int from, int to) {
        PhraseMatch<String> match = index.longestAt(new Tokenizer(vocabulary).tokenize(TEXT), from, to);
        return match == null ? null : match.startToken() + "-" + match.endToken() + ":" + match.values();
    }

    @Test
    void findsEveryPhraseLongestFirstKeepingEveryValueOfAPhraseAddedTwice() {
        Vocabulary covering = Vocabulary.of(index.words());
        assertEquals(List.of("1-5:[USA-long]", "1-3:[USA, USA-again]", "5-7:[085]", "8-10:[CIV]",
                "13-15:[UN]", "19-21:[USA, USA-again]"), allMatches(covering, 100));
        assertEquals("1-5:[USA-long]", longest(covering, 1, 100));
        assertNull(longest(covering, 0, 100));
    }

    @Test
    void walksByWordIdOrByStringAlike() {
        // A vocabulary that holds every phrase word walks by id; one that lacks some, or knows no words, by string.
        List<String> byId = allMatches(Vocabulary.of(index.words()), 100);
        assertEquals(byId, allMatches(Vocabulary.of(List.of("united", "states")), 100));
        assertEquals(byId, allMatches(Vocabulary.EMPTY, 100));
    }

    @Test
    void stopsAtTheEndItIsGiven() {
        for (Vocabulary vocabulary : List.of(Vocabulary.of(index.words()), Vocabulary.EMPTY)) {
            assertEquals("1-3:[USA, USA-again]", longest(vocabulary, 1, 4));
            assertNull(longest(vocabulary, 1, 2));
            assertEquals(List.of("1-3:[USA, USA-again]"), allMatches(vocabulary, 4).subList(0, 1));
        }
    }
}
