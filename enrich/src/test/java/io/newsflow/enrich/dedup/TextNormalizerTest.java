package io.newsflow.enrich.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {
    private final TextNormalizer normalizer = new TextNormalizer();

    @Test
    void foldsCaseAccentsPunctuationAndWhitespace() {
        assertEquals(List.of("nicolas", "maduro", "venezuelas", "president", "said", "no"),
                normalizer.words("  NICOLÁS Maduro, Venezuela’s president —\tsaid: \"No!\""));
    }

    @Test
    void dropsShortFurnitureParagraphsButKeepsSentencesThatMerelyStartLikeThem() {
        String text = "Share this article\n\nThe talks went on.\n\nSubscribe to our newsletter\n\n"
                + "Share prices rose sharply in Caracas after the announcement.\n\nLeave a comment";
        assertEquals(List.of("the", "talks", "went", "on", "share", "prices", "rose", "sharply", "in", "caracas",
                "after", "the", "announcement"), normalizer.words(text));
    }

    @Test
    void givesTheWordsTheRegularExpressionsGaveOnTheFixtures() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/fixtures"))) {
            for (Path file : files.toList()) {
                String text = Files.readString(file);
                assertEquals(Reference.words(text), normalizer.words(text), file.toString());
            }
        }
    }

    @Test
    void givesTheWordsTheRegularExpressionsGaveOnMixturesOfParagraphsAndFurniture() {
        String[] parts = {"Share", "this", "article", "Subscribe", "subscribers", "Copyrighted", "Read", "more",
            "5", "min", "read", "Leave", "a", "comment", "Caracas", "NICOLÁS", "Venezuela’s", "don't", "e\u0301",
            "\ufb01nal", "\u00b2", "\u0663", "\ud835\udc00", "—", "!", "'", " ", "  ", "\t", "\n", "\n\n",
            "\n \n", "\r\n\r\n", "\n\t\n\n", "\r", "\u000B", "\f", "\u00a0", "\n\u00a0\n"};
        Random random = new Random(11);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int part = random.nextInt(30); part >= 0; part--) {
                text.append(parts[random.nextInt(parts.length)]);
                if (random.nextBoolean()) {
                    text.append(' ');
                }
            }
            String page = text.toString();
            assertEquals(Reference.words(page), normalizer.words(page), page);
        }
    }

    /**
     * The expression-based normaliser the hand scan replaced: sketches and story terms are kept in state,
     * so the words must stay exactly what it gave.
     */
    private static final class Reference {
        private static final Pattern FURNITURE = Pattern.compile(
                "^(share( this( article| story)?)?|tweet|email|print|comments?( \\d+)?|leave a (comment|reply)"
                        + "|post a comment|subscribe.*|sign up.*|related( articles| stories| coverage)?"
                        + "|read more.*|advertisement|stay tuned.*|follow us.*|click here.*|copyright.*"
                        + "|all rights reserved.*|date|your email address will not be published.*"
                        + "|required fields are marked.*|posted in.*|tags?|filed under.*|more from.*"
                        + "|listen to this article.*|\\d+ min(ute)? read)$");
        private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n|\\r\\n\\s*\\r\\n");
        private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");

        static List<String> words(String text) {
            List<String> words = new ArrayList<>();
            for (String paragraph : PARAGRAPH_BREAK.split(text)) {
                List<String> paragraphWords = new ArrayList<>();
                String folded = DIACRITICS.matcher(Normalizer.normalize(paragraph, Normalizer.Form.NFKD)).replaceAll("");
                StringBuilder word = new StringBuilder();
                for (int i = 0; i < folded.length(); i++) {
                    char c = folded.charAt(i);
                    if (Character.isLetterOrDigit(c)) {
                        word.append(Character.toLowerCase(c));
                    } else if (c != '\'' && c != '\u2019' && c != '\u2018' && c != '\u02bc' && word.length() > 0) {
                        paragraphWords.add(word.toString());
                        word.setLength(0);
                    }
                }
                if (word.length() > 0) {
                    paragraphWords.add(word.toString());
                }
                if (paragraphWords.size() > 12 || !FURNITURE.matcher(String.join(" ", paragraphWords)).matches()) {
                    words.addAll(paragraphWords);
                }
            }
            return words;
        }
    }
}
