package io.newsflow.alerts.stream;

import io.newsflow.alerts.development.AlertLedger;
import io.newsflow.alerts.development.KnownDevelopment;
import io.newsflow.alerts.development.StoryMemory;

/**
 * What the story-memory store holds under one key. A story's memory is split: its header (article count,
 * alert ledger without its announced reports, how many developments and announced reports it has) under the
 * story id, each development under the story id and its position ({@link StoryMemories#developmentKey}), and
 * each announced report likewise ({@link StoryMemories#announcedKey}). Developments are only ever added or
 * changed in place and announced reports only added, so an article rewrites the header and what it added or
 * changed, not the whole memory, which for a busy story runs to tens of kilobytes. Releases before the split
 * wrote the whole memory under the story id; that is still read.
 */
sealed interface StoryMemoryEntry {
    /** @param ledger the alert ledger without its announced reports, which are entries of their own */
    record Header(int articles, int developments, int announced, AlertLedger ledger) implements StoryMemoryEntry {
    }

    /** One report of the ledger's announced list (see {@link AlertLedger#announced}). */
    record Announced(String report) implements StoryMemoryEntry {
    }

    record Development(KnownDevelopment development) implements StoryMemoryEntry {
    }

    /** A memory written whole by a release before the split; only read. */
    record Whole(StoryMemory memory) implements StoryMemoryEntry {
    }
}
