package io.newsflow.alerts.subscription;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Lower-case, accents removed, runs of non-letters as one space: "Nicolás  Maduro's" → "nicolas maduro s". */
final class TextFolding {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private TextFolding() {
    }

    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String plain = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        return " " + NON_WORD.matcher(plain).replaceAll(" ").strip() + " ";
    }
}
