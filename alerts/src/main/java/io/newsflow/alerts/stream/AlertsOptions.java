package io.newsflow.alerts.stream;

import io.newsflow.alerts.development.AlertBudget;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;

/**
 * How the alerts service behaves.
 *
 * @param alertingTypes    event types that are developments (plain statements are not, by default)
 * @param digestCheckEvery how often (in stream time) throttled subscriptions' ended windows are flushed as digests
 * @param clock            the time alerts are stamped as detected
 * @param budget           which new developments are salient enough to alert
 */
public record AlertsOptions(Set<String> alertingTypes, Duration digestCheckEvery, Clock clock, AlertBudget budget) {
    public static final Set<String> DEVELOPMENT_TYPES = Set.of("OFFER", "ACCEPT", "REJECT", "NEGOTIATION",
            "SANCTIONS_IMPOSED", "SANCTIONS_EASED", "LEGAL_ACTION", "ARREST_CRACKDOWN", "PROTEST", "VIOLENCE",
            "ELECTION_DISPUTE", "RESIGNATION_TRANSITION");

    public static AlertsOptions defaults() {
        return new AlertsOptions(DEVELOPMENT_TYPES, Duration.ofMinutes(1), Clock.systemUTC(), AlertBudget.defaults());
    }
}
