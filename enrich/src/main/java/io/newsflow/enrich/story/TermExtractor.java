package io.newsflow.enrich.story;

import io.newsflow.enrich.dedup.TextNormalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts the content terms of an article: normalised words without function words, reporting verbs,
 * numbers or very short tokens. Headline terms count double: the headline names what the story is about.
 */
public final class TermExtractor {
    private static final int HEADLINE_WEIGHT = 2;
    private static final int MIN_LENGTH = 3;
    private static final Set<String> STOPWORDS = Set.of(
            "the", "and", "for", "that", "with", "this", "from", "was", "were", "are", "has", "have", "had",
            "not", "but", "his", "her", "its", "their", "they", "them", "she", "him", "who", "whom", "which",
            "what", "when", "where", "why", "how", "would", "could", "should", "will", "can", "may", "might",
            "must", "shall", "been", "being", "into", "onto", "over", "under", "about", "after", "before",
            "than", "then", "there", "here", "these", "those", "such", "also", "only", "more", "most", "some",
            "any", "all", "each", "other", "our", "out", "you", "your", "said", "says", "say", "told", "according",
            "reported", "report", "reports", "while", "did", "does", "doing", "one", "two", "three", "new", "year",
            "years", "last", "first", "week", "weeks", "day", "days", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "just", "very", "still", "even", "because", "through",
            "between", "against", "during", "without", "within", "upon", "per", "via", "both", "many", "much",
            "own", "same", "now", "off", "yet", "since", "until", "whether", "people", "time", "made",
            "make", "like", "well", "back", "way", "get", "got", "another", "around", "amid", "including");

    private final TextNormalizer normalizer = new TextNormalizer();

    /** Term counts of headline and body together. */
    public Map<String, Integer> termCounts(String title, String body) {
        Map<String, Integer> counts = new HashMap<>();
        addTerms(normalizer.words(title), HEADLINE_WEIGHT, counts);
        addTerms(normalizer.words(body), 1, counts);
        return counts;
    }

    private static void addTerms(List<String> words, int weight, Map<String, Integer> counts) {
        for (String word : words) {
            if (isContentTerm(word)) {
                counts.merge(word, weight, Integer::sum);
            }
        }
    }

    private static boolean isContentTerm(String word) {
        return word.length() >= MIN_LENGTH && !isNumber(word) && !STOPWORDS.contains(word);
    }

    /** A loop, not {@code chars().allMatch}: it runs for every word of every article on the serial story step. */
    private static boolean isNumber(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isDigit(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
