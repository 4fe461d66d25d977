package io.newsflow.enrich.dedup;

import java.text.Normalizer;

/**
 * Text in compatibility-decomposed form without its combining marks (Á → A, ﬁ → fi, ² → 2), the base
 * both dedup and furniture fingerprints fold from. ASCII is returned as it is. Other text is folded a code
 * point at a time, which gives what decomposing the whole text and then dropping its marks gives: the
 * decomposition maps each code point on its own, and the only thing it does across code points, putting
 * runs of combining marks in canonical order, touches marks alone, which are dropped. News text is
 * rarely pure ASCII (curly quotes, dashes, accented names), and the code points below
 * {@link #TABLE_SIZE} (Latin, Greek, Cyrillic, punctuation) are folded once, when the class loads, instead
 * of running the normaliser over every paragraph of every article.
 */
public final class Decomposition {
    static final int TABLE_SIZE = 0x3000;
    private static final String[] FOLDED = new String[TABLE_SIZE];

    static {
        for (int codePoint = 0; codePoint < TABLE_SIZE; codePoint++) {
            FOLDED[codePoint] = Character.isSurrogate((char) codePoint) ? null : fold(codePoint);
        }
    }

    private Decomposition() {
    }

    /** NFKD with every mark (Unicode category M) removed; the text itself when it is ASCII. */
    public static String withoutMarks(String text) {
        int firstNonAscii = firstNonAscii(text);
        if (firstNonAscii < 0) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        kept.append(text, 0, firstNonAscii);
        for (int i = firstNonAscii; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (codePoint < 128) {
                kept.append((char) codePoint);
            } else {
                String folded = codePoint < TABLE_SIZE ? FOLDED[codePoint] : null;
                kept.append(folded != null ? folded : fold(codePoint));
            }
        }
        return kept.toString();
    }

    private static String fold(int codePoint) {
        String decomposed = Normalizer.normalize(Character.toString(codePoint), Normalizer.Form.NFKD);
        StringBuilder kept = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); ) {
            int part = decomposed.codePointAt(i);
            if (!isMark(part)) {
                kept.appendCodePoint(part);
            }
            i += Character.charCount(part);
        }
        return kept.toString();
    }

    private static int firstNonAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
