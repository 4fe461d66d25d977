package io.newsflow.enrich.dedup;

import java.text.Normalizer;

/**
 * Text in compatibility-decomposed form without its combining marks (Á → A, ﬁ → fi, ² → 2), the base
 * both dedup and furniture fingerprints fold from. ASCII, nearly all news text, is returned as it is.
 */
public final class Decomposition {
    private Decomposition() {
    }

    /** NFKD with every mark (Unicode category M) removed; the text itself when it is ASCII. */
    public static String withoutMarks(String text) {
        if (isAscii(text)) {
            return text;
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder kept = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); ) {
            int codePoint = decomposed.codePointAt(i);
            if (!isMark(codePoint)) {
                kept.appendCodePoint(codePoint);
            }
            i += Character.charCount(codePoint);
        }
        return kept.toString();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    private static boolean isMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
