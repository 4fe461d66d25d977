package io.newsflow.enrich.dedup;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reduces an article to the words that carry its content, so that copies differing only in case,
 * accents, whitespace, punctuation or the page furniture around them compare equal.
 */
public final class TextNormalizer {
    /**
     * Short paragraphs that pages wrap around the text (share bars, subscribe prompts, comment forms).
     * Matched on short paragraphs only, so a real sentence that happens to start with "Share" survives.
     */
    private static final Pattern FURNITURE = Pattern.compile(
            "^(share( this( article| story)?)?|tweet|email|print|comments?( \\d+)?|leave a (comment|reply)"
                    + "|post a comment|subscribe.*|sign up.*|related( articles| stories| coverage)?"
                    + "|read more.*|advertisement|stay tuned.*|follow us.*|click here.*|copyright.*"
                    + "|all rights reserved.*|date|your email address will not be published.*"
                    + "|required fields are marked.*|posted in.*|tags?|filed under.*|more from.*"
                    + "|listen to this article.*|\\d+ min(ute)? read)$");
    private static final int FURNITURE_MAX_WORDS = 12;
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n|\\r\\n\\s*\\r\\n");
    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");

    /** The content words of the text in order, furniture paragraphs left out. */
    public List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String paragraph : PARAGRAPH_BREAK.split(text == null ? "" : text)) {
            List<String> paragraphWords = plainWords(paragraph);
            if (!isFurniture(paragraphWords)) {
                words.addAll(paragraphWords);
            }
        }
        return words;
    }

    /** Letters and digits, lower-cased and without accents; apostrophes join ("Venezuela's" is one word). */
    private static List<String> plainWords(String paragraph) {
        String folded = isAscii(paragraph) ? paragraph
                : DIACRITICS.matcher(Normalizer.normalize(paragraph, Normalizer.Form.NFKD)).replaceAll("");
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                word.append(Character.toLowerCase(c));
            } else if (!isApostrophe(c) && word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02bc';
    }

    private static boolean isFurniture(List<String> paragraphWords) {
        return paragraphWords.size() <= FURNITURE_MAX_WORDS
                && FURNITURE.matcher(String.join(" ", paragraphWords)).matches();
    }
}
