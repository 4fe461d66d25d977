package io.newsflow.enrich.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {
    private final TextNormalizer normalizer = new TextNormalizer();

    @Test
    void foldsCaseAccentsPunctuationAndWhitespace() {
        assertEquals(List.of("nicolas", "maduro", "venezuelas", "president", "said", "no"),
                normalizer.words("  NICOLÁS Maduro, Venezuela’s president —\tsaid: \"No!\""));
    }

    @Test
    void dropsShortFurnitureParagraphsButKeepsSentencesThatMerelyStartLikeThem() {
        String text = "Share this article\n\nThe talks went on.\n\nSubscribe to our newsletter\n\n"
                + "Share prices rose sharply in Caracas after the announcement.\n\nLeave a comment";
        assertEquals(List.of("the", "talks", "went", "on", "share", "prices", "rose", "sharply", "in", "caracas",
                "after", "the", "announcement"), normalizer.words(text));
    }
}
