package io.newsflow.ingest.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Stable article ids. The same article seen twice, from a feed and from a replay file, must get the same
 * id, so ids derive from what identifies the article: the source's own id, else the canonical URL, else
 * the normalised text (case, Unicode forms and whitespace do not change an article).
 */
public final class ArticleIds {
    private static final int ID_BYTES = 16;

    private ArticleIds() {
    }

    public static String forCanonicalUrl(String canonicalUrl) {
        return "url-" + sha256Hex("url\n" + canonicalUrl);
    }

    public static String forContent(String title, String body) {
        return "txt-" + sha256Hex("text\n" + normalise(title) + "\n" + normalise(body));
    }

    static String normalise(String text) {
        String folded = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return folded.replaceAll("\\s+", " ").trim();
    }

    private static String sha256Hex(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, ID_BYTES);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
