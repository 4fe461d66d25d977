package io.newsflow.enrich.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.text.Normalizer;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Folding a code point at a time must give what the definition gives, decomposing the whole text and then
 * dropping its marks: dedup and furniture fingerprints are stored and compared across releases.
 */
class DecompositionTest {
    /** Ranges that decompose, combine or reorder: accents, marks, Hangul, ligatures, fullwidth, math letters. */
    private static final int[][] RANGES = {{0x20, 0x7F}, {0xA0, 0x250}, {0x300, 0x370}, {0x370, 0x530},
            {0x1E00, 0x1F00}, {0x2000, 0x2100}, {0x2150, 0x2190}, {0x3099, 0x309B}, {0xAC00, 0xAD00},
            {0xF900, 0xFA10}, {0xFB00, 0xFB50}, {0xFE20, 0xFE30}, {0xFF00, 0xFFF0}, {0x1D400, 0x1D500},
            {0x1F100, 0x1F200}, {0xD800, 0xE000}};

    @Test
    void asciiTextIsReturnedAsItIs() {
        String ascii = "Maduro's reply, at 10:40 on Tuesday.";
        assertSame(ascii, Decomposition.withoutMarks(ascii));
    }

    @Test
    void everyBasicPlaneCodePointFoldsAsTheWholeTextDefinitionSays() {
        for (int codePoint = 0; codePoint < 0x10000; codePoint++) {
            String text = "a" + (char) codePoint + "z";
            assertEquals(definition(text), Decomposition.withoutMarks(text), "U+" + Integer.toHexString(codePoint));
        }
    }

    @Test
    void textMixingMarksLigaturesAndSurrogatesFoldsAsTheWholeTextDefinitionSays() {
        assertEquals("Nicolas Maduro fi 2 A", Decomposition.withoutMarks("Nicolás Maduro ﬁ ² 𝐀"));
        SplittableRandom random = new SplittableRandom(11);
        for (int s = 0; s < 50_000; s++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(1, 10);
            for (int c = 0; c < length; c++) {
                int[] range = RANGES[random.nextInt(RANGES.length)];
                int codePoint = random.nextInt(range[0], range[1]);
                if (codePoint >= 0xD800 && codePoint < 0xE000) {
                    text.append((char) codePoint);
                } else {
                    text.appendCodePoint(codePoint);
                }
            }
            String mixed = text.toString();
            assertEquals(definition(mixed), Decomposition.withoutMarks(mixed),
                    () -> "code points " + mixed.codePoints().mapToObj(Integer::toHexString).toList());
        }
    }

    /** NFKD of the whole text, then every mark (Unicode category M) removed. */
    private static String definition(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder kept = new StringBuilder();
        decomposed.codePoints().filter(codePoint -> {
            int type = Character.getType(codePoint);
            return type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
                    && type != Character.ENCLOSING_MARK;
        }).forEach(kept::appendCodePoint);
        return kept.toString();
    }
}
