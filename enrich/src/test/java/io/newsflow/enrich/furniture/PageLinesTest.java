package io.newsflow.enrich.furniture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsflow.enrich.dedup.Hash64;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Line fingerprints are kept in the furniture store, so the hand scan must give exactly what the
 * regular expressions it replaced gave; {@link #reference} is that earlier implementation.
 */
class PageLinesTest {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^(\\d+ )+");
    /** Characters where folding has edge cases: marks, final sigma, dotted I, ligatures, other digits, surrogates. */
    private static final String[] TRICKY = {"a", "Z", "7", " ", "  ", "\t", ".", "-", "'", "\u2019", "\u00a0",
        "\u0301", "\u0308", "\u20dd", "\u0903", "\u03a3", "\u0130", "\ufb01", "\u00b2", "\u00bd", "\u2460",
        "\uff11", "\u0663", "\u2167", "\ud835\udc00", "\ud83d\ude00", "\ud800", "\u00e9", "e\u0301", "\u00df",
        "\u1e9e", "\u0149", "\u3131", "\uac00", "2 ", "10 ", "1.", "\u00c5", "\u212b"};

    private static long reference(String line) {
        String folded = MARKS.matcher(Normalizer.normalize(line, Normalizer.Form.NFKD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        String words = LEADING_NUMBER.matcher(NOT_WORD.matcher(folded).replaceAll(" ").strip()).replaceFirst("");
        return words.isEmpty() ? 0 : SourceLines.narrowed(Hash64.of(words));
    }

    @Test
    void fingerprintsEveryCharacterAsTheRegularExpressionsDid() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String line = "2 " + (char) c + "Mayor " + (char) c + " RESIGNS" + (char) c;
            assertEquals(reference(line), PageLines.fingerprint(line), () -> "line " + escape(line));
        }
    }

    @Test
    void fingerprintsMixturesOfTrickyCharactersAsTheRegularExpressionsDid() {
        Random random = new Random(7);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder line = new StringBuilder();
            for (int part = random.nextInt(12); part >= 0; part--) {
                line.append(TRICKY[random.nextInt(TRICKY.length)]);
            }
            String text = line.toString();
            assertEquals(reference(text), PageLines.fingerprint(text), () -> "line " + escape(text));
        }
    }

    @Test
    void fingerprintsTheFixturesAsTheRegularExpressionsDid() throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/fixtures"))) {
            for (Path file : files.toList()) {
                lines.addAll(List.of(PageLines.split(Files.readString(file))));
            }
        }
        for (String line : lines) {
            assertEquals(reference(line), PageLines.fingerprint(line), () -> "line " + escape(line));
        }
    }

    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder();
        text.chars().forEach(c -> escaped.append(c < 128 && c >= 32 ? String.valueOf((char) c) : String.format("\\u%04x", c)));
        return escaped.toString();
    }
}
