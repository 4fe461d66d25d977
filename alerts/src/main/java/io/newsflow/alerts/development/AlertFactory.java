package io.newsflow.alerts.development;

import io.newsflow.schemas.avro.Alert;
import io.newsflow.schemas.avro.AlertEntity;
import io.newsflow.schemas.avro.DigestedDevelopment;
import io.newsflow.schemas.avro.Evidence;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns findings into alert records. Ids are derived from the story and the development (never from time
 * or order of processing), so a replay or a restart yields the same ids and consumers can drop repeats.
 */
public final class AlertFactory {
    public static final String NEW_DEVELOPMENT = "NEW_DEVELOPMENT";
    public static final String UPDATE = "UPDATE";
    public static final String NEW_STORY = "NEW_STORY";
    public static final String DIGEST = "DIGEST";
    private static final int MENTIONED_ENTITIES = 5;
    private static final int SUMMARY_SENTENCE_LENGTH = 220;

    private AlertFactory() {
    }

    public static Alert newDevelopment(String storyId, Finding.NewDevelopment finding, ArticleReport article,
                                       Instant detectedAt) {
        KnownDevelopment development = finding.development();
        return developmentAlert(NEW_DEVELOPMENT, newDevelopmentId(storyId, development), storyId,
                development, article, finding.priorState(), detectedAt);
    }

    /** The alert a held development would have been: what its subscribers are found by. */
    public static Alert heldDevelopment(String storyId, Finding.Held finding, ArticleReport article,
                                        Instant detectedAt) {
        return developmentAlert(NEW_DEVELOPMENT, finding.alertId(), storyId, finding.development(), article,
                finding.priorState(), detectedAt);
    }

    static String newDevelopmentId(String storyId, KnownDevelopment development) {
        return id("dev", storyId, AlertLedger.identity(development));
    }

    /**
     * One record for the developments a story held back beyond its cap in one window, to the subscriptions
     * their alerts would have matched. Its kind is DIGEST, which readers of every release know; the
     * developments are listed in the summary (for those readers) and as records.
     */
    public static Alert storyDigest(Finding.Digest digest, Instant detectedAt) {
        List<HeldDevelopment> held = digest.developments();
        List<AlertEntity> entities = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        List<String> subscriptions = new ArrayList<>();
        for (HeldDevelopment development : held) {
            addEntity(entities, development.actorId(), development.actorName(), "ACTOR");
            addEntity(entities, development.targetId(), development.targetName(), "TARGET");
            development.sources().stream().filter(source -> !sources.contains(source)).forEach(sources::add);
            development.subscriptions().stream().filter(id -> !subscriptions.contains(id)).forEach(subscriptions::add);
        }
        return Alert.newBuilder()
                .setAlertId(id("story-digest", digest.storyId(), digest.windowStart().toString()))
                .setStoryId(digest.storyId())
                .setKind(DIGEST)
                .setEntities(entities)
                .setSummary(held.size() + " more development(s) in this story between " + digest.windowStart()
                        + " and " + digest.windowEnd() + ", beyond its alert cap: "
                        + String.join(" | ", held.stream().map(HeldDevelopment::summary).toList()))
                .setEvidence(held.stream().map(development -> evidence(development.firstReport())).toList())
                .setPriorState("")
                .setFirstReportedAt(held.get(0).firstReportedAt())
                .setDetectedAt(detectedAt)
                .setLatencyMillis(latency(held.get(0).firstReport().firstSeenAt(), detectedAt))
                .setCorroboration(1)
                .setSources(sources)
                .setSubscriptions(subscriptions)
                .setDevelopments(held.stream().map(development -> new DigestedDevelopment(development.alertId(),
                        development.eventType(), development.summary(), development.firstReportedAt(),
                        development.sources())).toList())
                .build();
    }

    private static void addEntity(List<AlertEntity> entities, String id, String name, String role) {
        if (id != null && entities.stream().noneMatch(entity -> entity.getId().equals(id))) {
            entities.add(new AlertEntity(id, name == null ? id : name, role));
        }
    }

    public static Alert corroboration(String storyId, Finding.Corroborated finding, ArticleReport article,
                                      String priorState, Instant detectedAt) {
        KnownDevelopment development = finding.development();
        return developmentAlert(UPDATE,
                id("upd", storyId, AlertLedger.identity(development), finding.report().source()), storyId,
                development, article, priorState, detectedAt);
    }

    public static Alert newStory(ArticleReport article, Instant detectedAt) {
        return Alert.newBuilder()
                .setAlertId(id("story", article.storyId()))
                .setStoryId(article.storyId())
                .setKind(NEW_STORY)
                .setEntities(mentioned(article, List.of()))
                .setSummary("New story: " + article.title())
                .setEvidence(List.of(evidence(article.reportOf(article.title()))))
                .setPriorState("New story.")
                .setFirstReportedAt(article.publishedAt())
                .setDetectedAt(detectedAt)
                .setLatencyMillis(latency(article.firstSeenAt(), detectedAt))
                .setCorroboration(1)
                .setSources(List.of(article.source()))
                .build();
    }

    /** One record standing for the alerts a throttled subscription held back in a window. */
    public static Alert digest(String subscriptionId, Instant windowStart, Instant windowEnd, List<String> heldBack,
                               Instant detectedAt) {
        return Alert.newBuilder()
                .setAlertId(id("digest", subscriptionId, windowStart.toString()))
                .setStoryId("")
                .setKind(DIGEST)
                .setEntities(List.of())
                .setSummary(heldBack.size() + " more alert(s) for subscription " + subscriptionId + " between "
                        + windowStart + " and " + windowEnd + " were held back: " + String.join(" | ", heldBack))
                .setEvidence(List.of())
                .setFirstReportedAt(windowStart)
                .setDetectedAt(detectedAt)
                .setSubscriptions(List.of(subscriptionId))
                .build();
    }

    private static Alert developmentAlert(String kind, String alertId, String storyId, KnownDevelopment development,
                                          ArticleReport article, String priorState, Instant detectedAt) {
        List<AlertEntity> entities = new ArrayList<>();
        if (development.key().actorId() != null) {
            entities.add(new AlertEntity(development.key().actorId(), development.actorName(), "ACTOR"));
        }
        if (development.key().targetId() != null) {
            entities.add(new AlertEntity(development.key().targetId(), development.targetName(), "TARGET"));
        }
        entities.addAll(mentioned(article, entities.stream().map(AlertEntity::getId).toList()));
        return Alert.newBuilder()
                .setAlertId(alertId)
                .setStoryId(storyId)
                .setKind(kind)
                .setEventType(development.key().type())
                .setEntities(entities)
                .setSummary(summary(development))
                .setEvidence(development.reports().stream().map(AlertFactory::evidence).toList())
                .setPriorState(priorState)
                .setFirstReportedAt(development.firstReportedAt())
                .setDetectedAt(detectedAt)
                .setLatencyMillis(latency(development.first().firstSeenAt(), detectedAt))
                .setCorroboration(development.reports().size())
                .setSources(development.sources())
                .build();
    }

    /** "REJECT: Nicolás Maduro — Maduro rejected the U.S. amnesty offer on Wednesday, ..." */
    static String summary(KnownDevelopment development) {
        String sentence = development.first().sentence().strip();
        if (sentence.length() > SUMMARY_SENTENCE_LENGTH) {
            int cut = sentence.lastIndexOf(' ', SUMMARY_SENTENCE_LENGTH);
            sentence = sentence.substring(0, cut > 0 ? cut : SUMMARY_SENTENCE_LENGTH) + " ...";
        }
        return development.describe() + " — " + sentence;
    }

    private static List<AlertEntity> mentioned(ArticleReport article, List<String> alreadyNamed) {
        return article.entityNames().entrySet().stream()
                .filter(entity -> !alreadyNamed.contains(entity.getKey()))
                .limit(MENTIONED_ENTITIES)
                .map((Map.Entry<String, String> entity) -> new AlertEntity(entity.getKey(), entity.getValue(),
                        "MENTIONED"))
                .toList();
    }

    private static Evidence evidence(SourceReport report) {
        return new Evidence(report.articleId(), report.url(), report.source(), report.sentence());
    }

    private static long latency(Instant firstSeen, Instant detectedAt) {
        return Math.max(0, Duration.between(firstSeen, detectedAt).toMillis());
    }

    static String id(String prefix, String... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                sha.update(Objects.requireNonNull(part).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return prefix + "-" + HexFormat.of().formatHex(sha.digest(), 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
