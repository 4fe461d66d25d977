package io.newsflow.alerts.stream;

import io.newsflow.alerts.development.AlertLedger;
import io.newsflow.alerts.development.KnownDevelopment;
import io.newsflow.alerts.development.StoryMemory;

/**
 * What the story-memory store holds under one key. A story's memory is split: its header (article count,
 * alert ledger and how many developments it knows) under the story id, and each development under the story
 * id and its position ({@link StoryMemories#developmentKey}). Developments are only ever added or changed in
 * place, so an article rewrites the header and the one or two developments it reported, not the whole
 * memory, which for a busy story runs to tens of kilobytes. Releases before the split wrote the whole memory
 * under the story id; that is still read.
 */
sealed interface StoryMemoryEntry {
    record Header(int articles, int developments, AlertLedger ledger) implements StoryMemoryEntry {
    }

    record Development(KnownDevelopment development) implements StoryMemoryEntry {
    }

    /** A memory written whole by a release before the split; only read. */
    record Whole(StoryMemory memory) implements StoryMemoryEntry {
    }
}
