package io.newsflow.deploy.run;

import io.newsflow.schemas.avro.Subscription;
import io.newsflow.schemas.config.Settings;
import io.newsflow.schemas.topics.Topics;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The subscriptions file an alerts service is started with, published only when its content differs from
 * what was last published from it. Re-publishing an unchanged file on every restart would undo what
 * operators changed since with {@code subscriptions apply} and {@code remove}. The SHA-256 of the content
 * last published is kept per file (by absolute path) in the compacted topic news.subscriptions.files.v1.
 */
public final class StartupSubscriptions {
    private StartupSubscriptions() {
    }

    /** @return whether the subscriptions were published (false: this content was already) */
    public static boolean publishIfChanged(Settings settings, Topics topics, Path file, byte[] content,
                                           List<Subscription> subscriptions) {
        String key = file.toAbsolutePath().normalize().toString();
        String digest = sha256(content);
        TableTopic<String> published = new TableTopic<>(settings, topics.subscriptionFiles());
        if (digest.equals(published.read().get(key))) {
            return false;
        }
        SubscriptionPublisher.publish(settings, topics, subscriptions);
        // Recorded only once the subscriptions are written: a crash in between publishes them again rather than never.
        published.put(Map.of(key, digest));
        return true;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
