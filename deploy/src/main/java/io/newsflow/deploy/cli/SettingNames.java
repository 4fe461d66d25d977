package io.newsflow.deploy.cli;

import io.newsflow.schemas.config.Settings;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The settings newsflow or a Kafka client knows, so a misspelt one given by the user is reported instead of
 * silently doing nothing. Unknown names still pass through: a client plugin may read settings of its own.
 */
final class SettingNames {
    /** Prefixes Kafka Streams passes on to one of its clients or to its internal topics' configs. */
    private static final List<String> CLIENT_PREFIXES = List.of(StreamsConfig.PRODUCER_PREFIX,
            StreamsConfig.CONSUMER_PREFIX, StreamsConfig.MAIN_CONSUMER_PREFIX, StreamsConfig.RESTORE_CONSUMER_PREFIX,
            StreamsConfig.GLOBAL_CONSUMER_PREFIX, StreamsConfig.ADMIN_CLIENT_PREFIX, StreamsConfig.TOPIC_PREFIX);
    /** newsflow settings without a built-in default (see RegistrySettings). */
    private static final List<String> WITHOUT_DEFAULT = List.of("schema.registry.url", "basic.auth.user.info",
            "schema.registry.request.timeout.ms", "schema.registry.retries", "schema.registry.retry.backoff.ms");
    private static final int MAX_TYPO_DISTANCE = 2;

    private final Set<String> known = new HashSet<>();

    SettingNames() {
        known.addAll(Settings.defaults().asClientConfig().keySet());
        known.addAll(WITHOUT_DEFAULT);
        known.addAll(ProducerConfig.configNames());
        known.addAll(ConsumerConfig.configNames());
        known.addAll(AdminClientConfig.configNames());
        known.addAll(StreamsConfig.configDef().names());
    }

    boolean isKnown(String name) {
        return known.contains(name) || CLIENT_PREFIXES.stream().anyMatch(name::startsWith);
    }

    /** The known setting a misspelt name most likely meant. */
    Optional<String> closest(String name) {
        LevenshteinDistance distance = new LevenshteinDistance(MAX_TYPO_DISTANCE);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int edits = distance.apply(name, candidate);
            if (edits >= 0 && (edits < bestDistance || edits == bestDistance && candidate.compareTo(best) < 0)) {
                best = candidate;
                bestDistance = edits;
            }
        }
        return Optional.ofNullable(best);
    }

    Collection<String> unknown(Collection<String> names) {
        return names.stream().filter(name -> !isKnown(name)).sorted().toList();
    }
}
