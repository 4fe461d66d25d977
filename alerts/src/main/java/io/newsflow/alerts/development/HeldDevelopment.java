package io.newsflow.alerts.development;

import java.time.Instant;
import java.util.List;

/**
 * A new development held back by the story's alert cap, to go out in the story's digest: what its alert
 * would have said and to whom.
 *
 * @param identity      the development's identity in the ledger (its key and first report)
 * @param alertId       the id its NEW_DEVELOPMENT alert would have had
 * @param subscriptions the subscriptions that alert would have matched (filled in by the alerts stream)
 */
public record HeldDevelopment(String identity, String alertId, String eventType, String summary, Instant firstReportedAt,
                              List<String> sources, SourceReport firstReport, String actorId, String actorName,
                              String targetId, String targetName, List<String> subscriptions) {
    public HeldDevelopment {
        sources = sources == null ? List.of() : List.copyOf(sources);
        subscriptions = subscriptions == null ? List.of() : List.copyOf(subscriptions);
    }

    static HeldDevelopment of(String alertId, KnownDevelopment development) {
        return new HeldDevelopment(AlertLedger.identity(development), alertId, development.key().type(), AlertFactory.summary(development),
                development.firstReportedAt(), development.sources(), development.first(), development.key().actorId(),
                development.actorName(), development.key().targetId(), development.targetName(), List.of());
    }

    HeldDevelopment withSources(List<String> reportedBy) {
        return new HeldDevelopment(identity, alertId, eventType, summary, firstReportedAt, reportedBy, firstReport,
                actorId, actorName, targetId, targetName, subscriptions);
    }

    public HeldDevelopment withSubscriptions(List<String> matched) {
        return new HeldDevelopment(identity, alertId, eventType, summary, firstReportedAt, sources, firstReport, actorId,
                actorName, targetId, targetName, matched);
    }
}
