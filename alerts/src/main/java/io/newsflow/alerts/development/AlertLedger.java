package io.newsflow.alerts.development;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the alert budget remembers of a story: in how many articles each entity was named (the story's
 * actors are the ones named often) and which developments subscribers were already told about.
 *
 * @param entityArticles articles naming each entity, the {@link #MAX_ENTITIES} most named kept
 * @param announced      the reports (key and article) of developments alerted as new or told by the story's
 *                       NEW_STORY: a new wave of an old development has the same key but none of its reports
 */
public record AlertLedger(Map<String, Integer> entityArticles, List<String> announced) {
    public static final int MAX_ENTITIES = 50;

    public AlertLedger {
        entityArticles = entityArticles == null ? Map.of() : Map.copyOf(entityArticles);
        announced = announced == null ? List.of() : List.copyOf(announced);
    }

    public static AlertLedger empty() {
        return new AlertLedger(Map.of(), List.of());
    }

    public boolean isStoryActor(String entityId, int minArticles) {
        return entityId != null && entityArticles.getOrDefault(entityId, 0) >= minArticles;
    }

    /** Whether any report of this development was part of one subscribers were told about. */
    public boolean wasAnnounced(KnownDevelopment development) {
        return development.reports().stream().anyMatch(report -> announced.contains(reportOf(development, report)));
    }

    public AlertLedger announce(KnownDevelopment development) {
        List<String> more = new ArrayList<>(announced);
        development.reports().stream().map(report -> reportOf(development, report))
                .filter(report -> !more.contains(report)).forEach(more::add);
        return new AlertLedger(entityArticles, more);
    }

    private static String reportOf(KnownDevelopment development, SourceReport report) {
        return development.key().canonical() + "@" + report.articleId();
    }

    /** Stable across replays: the key and the article that first reported this wave of the development. */
    static String identity(KnownDevelopment development) {
        return development.key().canonical() + "@" + development.first().articleId();
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
        return new AlertLedger(kept, announced);
    }
}
