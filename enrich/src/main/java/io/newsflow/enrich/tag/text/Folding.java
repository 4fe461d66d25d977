package io.newsflow.enrich.tag.text;

import java.text.Normalizer;

/**
 * Lowercases and strips diacritics (Nicolás → nicolas) so matching and lexicon look-ups see one form.
 * A table built once covers Latin scripts; Normalizer is far too slow to call per token.
 */
public final class Folding {
    private static final int TABLE_SIZE = 0x0250;
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

    public static char foldChar(char c) {
        if (c < TABLE_SIZE) {
            return TABLE[c];
        }
        if (c == '\u2019' || c == '\u2018' || c == '\u02BC') {
            return '\'';
        }
        return Character.toLowerCase(c);
    }

    private static char[] buildTable() {
        char[] table = new char[TABLE_SIZE];
        for (char c = 0; c < TABLE_SIZE; c++) {
            String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            char base = decomposed.isEmpty() ? c : decomposed.charAt(0);
            table[c] = Character.toLowerCase(base);
        }
        // Letters that Unicode does not decompose but readers treat as their base letter.
        table['\u00D8'] = 'o';
        table['\u00F8'] = 'o';
        table['\u0141'] = 'l';
        table['\u0142'] = 'l';
        table['\u0110'] = 'd';
        table['\u0111'] = 'd';
        return table;
    }
}
