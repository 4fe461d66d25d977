package io.newsflow.alerts.development;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a sentence restates a headline: a lede ("María Corina Machado was charged with treason by the
 * attorney general's office") under a headline whose own wording the tagger found no event in ("Prosecutors
 * charge María Corina Machado with treason"). It shares at least two of the headline's content words, compared
 * by their first letters so that "charge" and "charged" agree, whereas a trending line above the text shares
 * none or one.
 */
final class Restatement {
    private static final int MIN_SHARED = 2;
    private static final int MIN_WORD = 4;
    private static final int STEM = 5;
    private static final Set<String> FUNCTION_WORDS = Set.of("with", "that", "from", "over", "after", "their",
            "this", "into", "against", "about", "amid", "before", "under", "says", "said", "more", "than", "were",
            "have", "will", "been");

    private Restatement() {
    }

    static boolean restates(String headline, String sentence) {
        Set<String> shared = stems(headline);
        shared.retainAll(stems(sentence));
        return shared.size() >= MIN_SHARED;
    }

    private static Set<String> stems(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        Set<String> stems = new HashSet<>();
        for (String word : folded.split("[^\\p{L}]+")) {
            if (word.length() >= MIN_WORD && !FUNCTION_WORDS.contains(word)) {
                stems.add(word.length() > STEM ? word.substring(0, STEM) : word);
            }
        }
        return stems;
    }
}
