package io.newsflow.alerts.development;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the alert budget remembers of a story: in how many articles each entity was named (the story's
 * actors are the ones named often), which developments subscribers were already told about, and the story's
 * current cap window: when it started, how many developments it alerted, and the ones it held for the digest.
 * Memories written before caps have no window (null, 0 and empty).
 *
 * @param entityArticles articles naming each entity, the {@link #MAX_ENTITIES} most named kept
 * @param announced      the reports (key and article) of developments alerted as new, held for a digest or
 *                       told by the story's NEW_STORY: a new wave of an old development has the same key but
 *                       none of its reports
 * @param windowStart    when the current cap window started (the first alert in it), or null
 * @param windowAlerts   new-development alerts sent in the current window
 * @param held           developments beyond the cap in the current window, first first
 */
public record AlertLedger(Map<String, Integer> entityArticles, List<String> announced, Instant windowStart,
                          int windowAlerts, List<HeldDevelopment> held) {
    public static final int MAX_ENTITIES = 50;

    public AlertLedger {
        entityArticles = entityArticles == null ? Map.of() : Map.copyOf(entityArticles);
        announced = announced == null ? List.of() : List.copyOf(announced);
        held = held == null ? List.of() : List.copyOf(held);
    }

    public AlertLedger(Map<String, Integer> entityArticles, List<String> announced) {
        this(entityArticles, announced, null, 0, List.of());
    }

    public static AlertLedger empty() {
        return new AlertLedger(Map.of(), List.of());
    }

    public boolean isStoryActor(String entityId, int minArticles) {
        return entityId != null && entityArticles.getOrDefault(entityId, 0) >= minArticles;
    }

    /** Whether any report of this development was part of one subscribers were told about (or will be). */
    public boolean wasAnnounced(KnownDevelopment development) {
        return development.reports().stream().anyMatch(report -> announced.contains(reportOf(development, report)));
    }

    /** Whether this development waits in the current window's digest. */
    public boolean isHeld(KnownDevelopment development) {
        String id = identity(development);
        return held.stream().anyMatch(entry -> entry.identity().equals(id));
    }

    public AlertLedger announce(KnownDevelopment development) {
        List<String> more = new ArrayList<>(announced);
        development.reports().stream().map(report -> reportOf(development, report))
                .filter(report -> !more.contains(report)).forEach(more::add);
        return new AlertLedger(entityArticles, more, windowStart, windowAlerts, held);
    }

    private static String reportOf(KnownDevelopment development, SourceReport report) {
        return development.key().canonical() + "@" + report.articleId();
    }

    /** Stable across replays: the key and the article that first reported this wave of the development. */
    static String identity(KnownDevelopment development) {
        return development.key().canonical() + "@" + development.first().articleId();
    }

    /** Whether the cap lets one more alert out at {@code at}, in the current window or a new one. */
    boolean capAllows(Instant at, AlertBudget budget) {
        return windowEndedBy(at, budget.capWindow()) || windowAlerts < budget.storyCap();
    }

    /** After alerting a development at {@code at}: counted in the current window, or opening a new one. */
    AlertLedger alerted(Instant at, Duration capWindow) {
        if (windowEndedBy(at, capWindow)) {
            return new AlertLedger(entityArticles, announced, at, 1, List.of());
        }
        return new AlertLedger(entityArticles, announced, windowStart, windowAlerts + 1, held);
    }

    AlertLedger holding(HeldDevelopment development) {
        List<HeldDevelopment> more = new ArrayList<>(held);
        more.add(development);
        return new AlertLedger(entityArticles, announced, windowStart, windowAlerts, more);
    }

    /** With a held development's sources as they are now (another outlet reported it while it waited). */
    AlertLedger heldAgain(KnownDevelopment development) {
        String id = identity(development);
        List<HeldDevelopment> updated = held.stream()
                .map(entry -> entry.identity().equals(id) ? entry.withSources(development.sources()) : entry)
                .toList();
        return new AlertLedger(entityArticles, announced, windowStart, windowAlerts, updated);
    }

    /** The end of the current cap window when it holds developments for a digest. */
    public Optional<Instant> digestDue(Duration capWindow) {
        return held.isEmpty() || windowStart == null ? Optional.empty() : Optional.of(windowStart.plus(capWindow));
    }

    /** With the held developments sent as a digest: the window is over. */
    AlertLedger digestSent() {
        return new AlertLedger(entityArticles, announced, null, 0, List.of());
    }

    /** The same ledger with these announced reports (a store keeps them apart from the rest). */
    public AlertLedger withAnnounced(List<String> reports) {
        return new AlertLedger(entityArticles, reports, windowStart, windowAlerts, held);
    }

    /** With the subscriptions the held development's alert would have matched. */
    public AlertLedger withSubscriptionsOf(String alertId, List<String> subscriptions) {
        List<HeldDevelopment> updated = held.stream()
                .map(entry -> entry.alertId().equals(alertId) ? entry.withSubscriptions(subscriptions) : entry)
                .toList();
        return new AlertLedger(entityArticles, announced, windowStart, windowAlerts, updated);
    }

    private boolean windowEndedBy(Instant at, Duration capWindow) {
        return windowStart == null || !at.isBefore(windowStart.plus(capWindow));
    }

    /** After one more article naming these entities. */
    public AlertLedger counting(Set<String> entities) {
        Map<String, Integer> counts = new LinkedHashMap<>(entityArticles);
        entities.forEach(entity -> counts.merge(entity, 1, Integer::sum));
        Map<String, Integer> kept = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_ENTITIES)
                .forEach(entry -> kept.put(entry.getKey(), entry.getValue()));
        return new AlertLedger(kept, announced, windowStart, windowAlerts, held);
    }
}
