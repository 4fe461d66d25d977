package io.newsflow.alerts.development;

import java.util.List;

/**
 * What a story already knows: its developments in the order they became known, how many articles it has,
 * and what the alert budget remembers of it (absent in memories written before budgets: empty).
 */
public record StoryMemory(String storyId, List<KnownDevelopment> developments, int articles, AlertLedger ledger) {
    public StoryMemory {
        developments = List.copyOf(developments);
        ledger = ledger == null ? AlertLedger.empty() : ledger;
    }

    public static StoryMemory empty(String storyId) {
        return new StoryMemory(storyId, List.of(), 0, AlertLedger.empty());
    }

    public StoryMemory withLedger(AlertLedger updated) {
        return new StoryMemory(storyId, developments, articles, updated);
    }

    public boolean isNew() {
        return articles == 0;
    }
}
