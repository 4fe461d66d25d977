package io.newsflow.enrich.furniture;

import io.newsflow.enrich.dedup.Hash64;
import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A page's text as lines, each with a fingerprint that ignores what a template varies or a scraper mangles:
 * case, accents, punctuation, spacing and a leading list number ("2. Mayor resigns" on one page is
 * "1. Mayor resigns" on the next).
 */
final class PageLines {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^(\\d+ )+");

    private PageLines() {
    }

    static String[] split(String text) {
        return (text == null ? "" : text).split("\n", -1);
    }

    /** The fingerprint of a line, or 0 for a line without words (blank lines are never furniture). */
    static long fingerprint(String line) {
        String folded = MARKS.matcher(Normalizer.normalize(line, Normalizer.Form.NFKD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        String words = LEADING_NUMBER.matcher(NOT_WORD.matcher(folded).replaceAll(" ").strip()).replaceFirst("");
        return words.isEmpty() ? 0 : Hash64.of(words);
    }

    static Set<Long> distinctFingerprints(String[] lines) {
        Set<Long> fingerprints = new LinkedHashSet<>();
        for (String line : lines) {
            long fingerprint = fingerprint(line);
            if (fingerprint != 0) {
                fingerprints.add(fingerprint);
            }
        }
        return fingerprints;
    }
}
