package io.newsflow.alerts.subscription;

import io.newsflow.alerts.development.AlertFactory;
import io.newsflow.schemas.avro.Alert;
import io.newsflow.schemas.avro.AlertEntity;
import io.newsflow.schemas.avro.Evidence;
import io.newsflow.schemas.avro.Subscription;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Whether an alert is one a subscription asked for. Every condition the subscription sets must hold (an
 * empty list sets none); within a list, any entry will do.
 */
public final class SubscriptionMatcher {
    private static final List<String> DEFAULT_KINDS = List.of(AlertFactory.NEW_DEVELOPMENT, AlertFactory.NEW_STORY);

    private SubscriptionMatcher() {
    }

    public static boolean matches(Subscription subscription, AlertContext context) {
        Alert alert = context.alert();
        return kindWanted(subscription, alert)
                && corroborationReached(subscription, alert)
                && anyOrEmpty(subscription.getEntities(), alert.getEntities().stream().map(AlertEntity::getId).toList())
                && anyOrEmpty(subscription.getEventTypes(), alert.getEventType() == null ? List.of()
                        : List.of(alert.getEventType()))
                && anyOrEmpty(subscription.getSources(), alert.getSources())
                && keywordsFound(subscription, context)
                && sentimentInRange(subscription, context.sentiment());
    }

    /**
     * NEW_DEVELOPMENT and NEW_STORY as the subscription asks; an UPDATE only when it brings a development
     * to the subscription's minimum corroboration, so a subscriber hears of it once, not once per outlet.
     */
    private static boolean kindWanted(Subscription subscription, Alert alert) {
        if (AlertFactory.UPDATE.equals(alert.getKind())) {
            return wants(subscription, AlertFactory.NEW_DEVELOPMENT) && subscription.getMinCorroboration() > 1
                    && alert.getCorroboration() == subscription.getMinCorroboration();
        }
        return wants(subscription, alert.getKind());
    }

    private static boolean corroborationReached(Subscription subscription, Alert alert) {
        return alert.getCorroboration() >= subscription.getMinCorroboration();
    }

    private static boolean wants(Subscription subscription, String kind) {
        List<String> kinds = subscription.getKinds().isEmpty() ? DEFAULT_KINDS : subscription.getKinds();
        return kinds.contains(kind);
    }

    private static boolean anyOrEmpty(List<String> wanted, List<String> present) {
        return wanted.isEmpty() || present.stream().anyMatch(wanted::contains);
    }

    private static boolean keywordsFound(Subscription subscription, AlertContext context) {
        if (subscription.getKeywords().isEmpty()) {
            return true;
        }
        String text = TextFolding.fold(context.headline() + " " + context.alert().getEvidence().stream()
                .map(Evidence::getSentence).collect(Collectors.joining(" ")));
        return subscription.getKeywords().stream().map(TextFolding::fold).anyMatch(text::contains);
    }

    private static boolean sentimentInRange(Subscription subscription, double sentiment) {
        return (subscription.getMinSentiment() == null || sentiment >= subscription.getMinSentiment())
                && (subscription.getMaxSentiment() == null || sentiment <= subscription.getMaxSentiment());
    }
}
