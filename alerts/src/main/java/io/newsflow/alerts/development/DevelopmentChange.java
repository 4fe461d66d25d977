package io.newsflow.alerts.development;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A development that changes one the story already knows: sanctions eased after they were imposed (or
 * imposed again after being eased), an offer or a round of talks answered by an acceptance or a rejection.
 * The change must involve a party of the known development (the same entity, or the same role-specific
 * CAMEO code), so "the U.S. eased sanctions" changes "the U.S. imposed sanctions on Venezuela" while a
 * rejection by an unrelated party does not. Such a change is news for the story's subscribers even when
 * one outlet reports it and names nobody the story keeps naming.
 */
final class DevelopmentChange {
    /** Known event type to the event types that change it. */
    private static final Map<String, Set<String>> CHANGED_BY = Map.of(
            "SANCTIONS_IMPOSED", Set.of("SANCTIONS_EASED"),
            "SANCTIONS_EASED", Set.of("SANCTIONS_IMPOSED"),
            "OFFER", Set.of("ACCEPT", "REJECT"),
            "NEGOTIATION", Set.of("ACCEPT", "REJECT"));

    private DevelopmentChange() {
    }

    /** Whether {@code key} changes any of the story's known (reported, not recapped) developments. */
    static boolean changesKnown(DevelopmentKey key, List<KnownDevelopment> known) {
        return known.stream().anyMatch(development -> !development.background()
                && CHANGED_BY.getOrDefault(development.key().type(), Set.of()).contains(key.type())
                && key.sharesAPartyWith(development.key()));
    }
}
