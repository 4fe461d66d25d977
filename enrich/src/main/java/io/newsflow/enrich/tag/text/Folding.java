package io.newsflow.enrich.tag.text;

import java.text.Normalizer;

/**
 * Lowercases and strips diacritics (Nicolás → nicolas) so matching and lexicon look-ups see one form.
 * A table built once covers every char; Normalizer is far too slow to call per token.
 */
public final class Folding {
    /** Latin-1 and Latin Extended-A/B, which decompose to a base letter plus marks; beyond, only case folds. */
    private static final int DECOMPOSED_RANGE = 0x0250;
    /** Every UTF-16 unit's folded form (128 KiB): only the rows of the scripts in use stay in cache. */
    private static final char[] TABLE = buildTable();

    private Folding() {
    }

    public static String fold(CharSequence text) {
        return fold(text, 0, text.length());
    }

    public static String fold(CharSequence text, int start, int end) {
        char[] out = new char[end - start];
        for (int i = start; i < end; i++) {
            out[i - start] = foldChar(text.charAt(i));
        }
        return new String(out);
    }

    public static String fold(char[] text, int start, int end) {
        char[] out = new char[end - start];
        for (int i = start; i < end; i++) {
            out[i - start] = foldChar(text[i]);
        }
        return new String(out);
    }

    /** One table read: the tokeniser folds every character of every article through here. */
    public static char foldChar(char c) {
        return TABLE[c];
    }

    private static char[] buildTable() {
        char[] table = new char[Character.MAX_VALUE + 1];
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            table[c] = c < DECOMPOSED_RANGE ? latinBase((char) c) : Character.toLowerCase((char) c);
        }
        // Curly and modifier apostrophes fold to the ASCII one, so "Venezuela’s" meets the lexicons' "'s".
        table['\u2019'] = '\'';
        table['\u2018'] = '\'';
        table['\u02BC'] = '\'';
        // Letters that Unicode does not decompose but readers treat as their base letter.
        table['\u00D8'] = 'o';
        table['\u00F8'] = 'o';
        table['\u0141'] = 'l';
        table['\u0142'] = 'l';
        table['\u0110'] = 'd';
        table['\u0111'] = 'd';
        return table;
    }

    private static char latinBase(char c) {
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        char base = decomposed.isEmpty() ? c : decomposed.charAt(0);
        return Character.toLowerCase(base);
    }
}
