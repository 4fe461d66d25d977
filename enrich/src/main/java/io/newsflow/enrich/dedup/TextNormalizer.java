package io.newsflow.enrich.dedup;

import java.util.ArrayList;
import java.util.Arrays;
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
    /**
     * The content words of the text in order, furniture paragraphs left out. Paragraphs end at a run of
     * whitespace that holds two line breaks or more (what the expression {@code \n\s*\n} splits at).
     */
    public List<String> words(String text) {
        String page = text == null ? "" : text;
        List<String> words = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < page.length()) {
            if (page.charAt(i) != '\n') {
                i++;
                continue;
            }
            int runEnd = i + 1;
            int lastBreak = i;
            while (runEnd < page.length() && isRegexWhitespace(page.charAt(runEnd))) {
                if (page.charAt(runEnd) == '\n') {
                    lastBreak = runEnd;
                }
                runEnd++;
            }
            if (lastBreak > i) {
                addParagraph(page.substring(start, i), words);
                start = lastBreak + 1;
            }
            i = runEnd;
        }
        addParagraph(page.substring(start), words);
        return words;
    }

    private static void addParagraph(String paragraph, List<String> words) {
        List<String> paragraphWords = plainWords(paragraph);
        if (!isFurniture(paragraphWords)) {
            words.addAll(paragraphWords);
        }
    }

    /** Letters and digits, lower-cased and without accents; apostrophes join ("Venezuela's" is one word). */
    private static List<String> plainWords(String paragraph) {
        String folded = Decomposition.withoutMarks(paragraph);
        List<String> words = new ArrayList<>();
        char[] word = new char[Math.min(folded.length(), 64)];
        int length = 0;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (length == word.length) {
                    word = Arrays.copyOf(word, length * 2);
                }
                word[length++] = Character.toLowerCase(c);
            } else if (!isApostrophe(c) && length > 0) {
                words.add(new String(word, 0, length));
                length = 0;
            }
        }
        if (length > 0) {
            words.add(new String(word, 0, length));
        }
        return words;
    }

    /** The characters {@code \s} stands for in a Java expression without the Unicode flag. */
    private static boolean isRegexWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02bc';
    }

    private static boolean isFurniture(List<String> paragraphWords) {
        return paragraphWords.size() <= FURNITURE_MAX_WORDS
                && FURNITURE.matcher(String.join(" ", paragraphWords)).matches();
    }
}
