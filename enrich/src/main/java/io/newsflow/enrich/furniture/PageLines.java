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
