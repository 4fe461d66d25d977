package io.newsflow.alerts.subscription;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.schemas.avro.Alert;
import io.newsflow.schemas.avro.AlertEntity;
import io.newsflow.schemas.avro.Evidence;
import io.newsflow.schemas.avro.Subscription;
import io.newsflow.schemas.serde.AvroTrust;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SubscriptionMatcherTest {
    /** Building an alert resolves its defaults, among them the records of its digest's developments. */
    @BeforeAll
    static void trustGeneratedRecords() {
        AvroTrust.trustGeneratedRecords();
    }

    private static Alert alert(String kind, int corroboration) {
        return Alert.newBuilder().setAlertId("x").setStoryId("s").setKind(kind).setEventType("REJECT")
                .setEntities(List.of(new AlertEntity("person:nicolas-maduro", "Nicolás Maduro", "ACTOR")))
                .setEvidence(List.of(new Evidence("a1", "u", "Caribbean Wire",
                        "Maduro rejected the amnesty offer from Washington.")))
                .setSources(List.of("Caribbean Wire", "Hemisphere Post").subList(0, corroboration))
                .setCorroboration(corroboration).setFirstReportedAt(Instant.EPOCH).setDetectedAt(Instant.EPOCH)
                .build();
    }

    private static AlertContext context(Alert alert, double sentiment) {
        return new AlertContext(alert, "Maduro rejects U.S. offer", sentiment);
    }

    private static Subscription.Builder subscription() {
        return Subscription.newBuilder().setId("sub");
    }

    @Test
    void emptySubscriptionWantsNewDevelopmentsAndNewStoriesButNotUpdates() {
        Subscription everything = subscription().build();
        assertTrue(SubscriptionMatcher.matches(everything, context(alert("NEW_DEVELOPMENT", 1), 0)));
        assertTrue(SubscriptionMatcher.matches(everything, context(alert("NEW_STORY", 1), 0)));
        assertFalse(SubscriptionMatcher.matches(everything, context(alert("UPDATE", 2), 0)));
    }

    @Test
    void everyConditionMustHold() {
        assertTrue(SubscriptionMatcher.matches(subscription().setEntities(List.of("person:nicolas-maduro",
                "place:caracas")).build(), context(alert("NEW_DEVELOPMENT", 1), 0)));
        assertFalse(SubscriptionMatcher.matches(subscription().setEntities(List.of("place:caracas")).build(),
                context(alert("NEW_DEVELOPMENT", 1), 0)));
        assertFalse(SubscriptionMatcher.matches(subscription().setEventTypes(List.of("OFFER")).build(),
                context(alert("NEW_DEVELOPMENT", 1), 0)));
        assertFalse(SubscriptionMatcher.matches(subscription().setSources(List.of("Hemisphere Post")).build(),
                context(alert("NEW_DEVELOPMENT", 1), 0)));
        assertFalse(SubscriptionMatcher.matches(subscription().setKinds(List.of("NEW_STORY")).build(),
                context(alert("NEW_DEVELOPMENT", 1), 0)));
    }

    @Test
    void keywordsIgnoreCaseAndAccentsAndMatchWholeWords() {
        Alert rejection = alert("NEW_DEVELOPMENT", 1);
        assertTrue(SubscriptionMatcher.matches(subscription().setKeywords(List.of("AMNESTY OFFER")).build(),
                context(rejection, 0)));
        assertTrue(SubscriptionMatcher.matches(subscription().setKeywords(List.of("Madúro")).build(),
                context(rejection, 0)));
        assertFalse(SubscriptionMatcher.matches(subscription().setKeywords(List.of("amnest")).build(),
                context(rejection, 0)));
    }

    @Test
    void sentimentRangeIsInclusive() {
        Subscription negative = subscription().setMinSentiment(-1.0).setMaxSentiment(-0.2).build();
        assertTrue(SubscriptionMatcher.matches(negative, context(alert("NEW_DEVELOPMENT", 1), -0.2)));
        assertFalse(SubscriptionMatcher.matches(negative, context(alert("NEW_DEVELOPMENT", 1), 0.1)));
    }

    @Test
    void minimumCorroborationDeliversTheUpdateThatReachesItOnce() {
        Subscription twoSources = subscription().setMinCorroboration(2).build();
        assertFalse(SubscriptionMatcher.matches(twoSources, context(alert("NEW_DEVELOPMENT", 1), 0)));
        assertTrue(SubscriptionMatcher.matches(twoSources, context(alert("UPDATE", 2), 0)));
    }
}
