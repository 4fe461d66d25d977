package io.newsflow.alerts.development;

import java.util.List;

/** What a story already knows: its developments in the order they became known, and how many articles it has. */
public record StoryMemory(String storyId, List<KnownDevelopment> developments, int articles) {
    public StoryMemory {
        developments = List.copyOf(developments);
    }

    public static StoryMemory empty(String storyId) {
        return new StoryMemory(storyId, List.of(), 0);
    }

    public boolean isNew() {
        return articles == 0;
    }
}
