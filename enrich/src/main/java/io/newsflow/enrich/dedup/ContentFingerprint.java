package io.newsflow.enrich.dedup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** Exact-copy fingerprint: a cryptographic hash of the normalised words, so collisions never merge articles. */
public final class ContentFingerprint {
    private ContentFingerprint() {
    }

    /** Hex SHA-256 of the words joined by single spaces. */
    public static String of(List<String> words) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(String.join(" ", words).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
