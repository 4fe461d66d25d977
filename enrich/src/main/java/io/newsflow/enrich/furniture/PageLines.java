package io.newsflow.enrich.furniture;

import io.newsflow.enrich.dedup.Decomposition;
import io.newsflow.enrich.dedup.Hash64;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A page's text as lines, each with a fingerprint that ignores what a template varies or a scraper mangles:
 * case, accents, punctuation, spacing and a leading list number ("2. Mayor resigns" on one page is
 * "1. Mayor resigns" on the next).
 */
final class PageLines {
    private PageLines() {
    }

    static String[] split(String text) {
        return (text == null ? "" : text).split("\n", -1);
    }

    /**
     * The fingerprint of a line, or 0 for a line without words (blank lines are never furniture): the hash
     * of its words (runs of letters and numbers after compatibility decomposition, marks dropped,
     * lowercased) joined by single spaces, without the leading run of ASCII numbers. A hand scan rather
     * than regular expressions, as every line of every article is fingerprinted; fingerprints are kept in
     * state, so the scan gives exactly what the expressions {@code \p{M}+} → "", {@code [^\p{L}\p{N}]+}
     * → " " and {@code ^(\d+ )+} → "" gave (PageLinesTest holds them as the reference). The hash is
     * narrowed to 32 bits ({@link SourceLines#narrowed}): against a table of the default 128 lines, a page of 30
     * lines meets a line it does not have by chance about once in a million pages (and only a furniture line's
     * match drops anything), while the table is rewritten into its changelog at every commit, where 64-bit
     * fingerprints were most of its incompressible bytes.
     */
    static long fingerprint(String line) {
        String words = withoutLeadingNumbers(joinedWords(Decomposition.withoutMarks(line).toLowerCase(Locale.ROOT)));
        return words.isEmpty() ? 0 : SourceLines.narrowed(Hash64.of(words));
    }

    /** The runs of letters and numbers, joined by one space. */
    private static String joinedWords(String text) {
        StringBuilder words = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (isLetterOrNumber(codePoint)) {
                if (gap && words.length() > 0) {
                    words.append(' ');
                }
                gap = false;
                words.appendCodePoint(codePoint);
            } else {
                gap = true;
            }
            i += Character.charCount(codePoint);
        }
        return words.toString();
    }

    /** Drops leading words of ASCII digits that a space follows ("2 1 mayor resigns" → "mayor resigns"). */
    private static String withoutLeadingNumbers(String words) {
        int start = 0;
        int i = 0;
        while (i < words.length() && isAsciiDigit(words.charAt(i))) {
            i++;
            if (i < words.length() && words.charAt(i) == ' ') {
                start = ++i;
            } else if (i < words.length() && !isAsciiDigit(words.charAt(i))) {
                break;
            }
        }
        return start == 0 ? words : words.substring(start);
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLetterOrNumber(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isLetter(codePoint) || type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** The fingerprint of each line, in order. */
    static long[] fingerprints(String[] lines) {
        long[] fingerprints = new long[lines.length];
        for (int i = 0; i < lines.length; i++) {
            fingerprints[i] = fingerprint(lines[i]);
        }
        return fingerprints;
    }

    /** The distinct fingerprints among these, blank lines left out. */
    static Set<Long> distinct(long[] fingerprints) {
        Set<Long> distinct = new LinkedHashSet<>();
        for (long fingerprint : fingerprints) {
            if (fingerprint != 0) {
                distinct.add(fingerprint);
            }
        }
        return distinct;
    }
}
