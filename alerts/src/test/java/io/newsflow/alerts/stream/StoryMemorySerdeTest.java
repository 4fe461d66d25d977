package io.newsflow.alerts.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.alerts.development.AlertBudget;
import io.newsflow.alerts.development.AlertLedger;
import io.newsflow.alerts.development.ArticleReport;
import io.newsflow.alerts.development.DevelopmentTracker;
import io.newsflow.alerts.development.ReportedEvent;
import io.newsflow.alerts.development.ReportedEvent.Modality;
import io.newsflow.alerts.development.ReportedEvent.Salience;
import io.newsflow.alerts.development.StoryMemory;
import io.newsflow.schemas.serde.JsonStateSerde;
import java.time.Duration;
import java.time.Instant;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

/**
 * The story-memory store keeps busy stories' memories decoded and hands out the same object it was given,
 * while a restarted task decodes the changelog: the two must be one memory, or a restart would change
 * alerts. So every memory the tracker builds, with reports, held developments, a cap window and aliases,
 * reads back equal to itself from its header, developments and announced reports; and a memory an earlier release wrote whole,
 * as JSON or in format 1, is still read.
 */
class StoryMemorySerdeTest {
    private static final String CHANGELOG = "alerts-story-memory-changelog";
    private static final Serde<StoryMemoryEntry> SERDE = new StoryMemorySerde();
    private static final Serde<StoryMemory> EARLIER_JSON = JsonStateSerde.of(StoryMemory.class);
    private static final Instant DAY0 = Instant.parse("2026-03-02T08:00:00.123Z");
    private static final Set<String> TYPES = Set.of("STATEMENT", "REJECT", "OFFER", "ARREST_CRACKDOWN", "ACCEPT");

    @Test
    void everyMemoryOfAStoryReadsBackAsTheSameMemoryFromItsEntries() {
        for (StoryMemory written : storyMemories()) {
            Map<String, StoryMemoryEntry> entries = new HashMap<>();
            AlertLedger ledger = written.ledger();
            entries.put(written.storyId(), throughChangelog(new StoryMemoryEntry.Header(written.articles(),
                    written.developments().size(), ledger.announced().size(), ledger.withAnnounced(List.of())),
                    StoryMemorySerde.HEADER_FORMAT));
            for (int position = 0; position < written.developments().size(); position++) {
                entries.put(StoryMemories.developmentKey(written.storyId(), position), throughChangelog(
                        new StoryMemoryEntry.Development(written.developments().get(position)),
                        StoryMemorySerde.DEVELOPMENT_FORMAT));
            }
            for (int position = 0; position < ledger.announced().size(); position++) {
                entries.put(StoryMemories.announcedKey(written.storyId(), position), throughChangelog(
                        new StoryMemoryEntry.Announced(ledger.announced().get(position)),
                        StoryMemorySerde.ANNOUNCED_FORMAT));
            }
            assertEquals(written, StoryMemories.read(entries::get, written.storyId()));
        }
    }

    /** The entry as it reads back from the changelog, which it reaches in the given format. */
    private static StoryMemoryEntry throughChangelog(StoryMemoryEntry entry, int format) {
        byte[] bytes = SERDE.serializer().serialize(CHANGELOG, entry);
        assertEquals(format, bytes[0]);
        return SERDE.deserializer().deserialize(CHANGELOG, bytes);
    }

    @Test
    void aMemoryAnEarlierReleaseWroteAsJsonIsRead() {
        for (StoryMemory written : storyMemories()) {
            byte[] json = EARLIER_JSON.serializer().serialize(CHANGELOG, written);
            assertEquals(new StoryMemoryEntry.Whole(written), SERDE.deserializer().deserialize(CHANGELOG, json));
        }
    }

    /** {@code format-1.b64}: the memories below as the release before the split wrote them, one per line. */
    @Test
    void aMemoryAnEarlierReleaseWroteWholeInFormatOneIsRead() throws IOException {
        List<StoryMemory> memories = storyMemories();
        List<String> lines;
        try (InputStream fixture = getClass().getResourceAsStream("/story-memory/format-1.b64")) {
            lines = new String(fixture.readAllBytes(), StandardCharsets.US_ASCII).lines().toList();
        }
        assertEquals(memories.size(), lines.size());
        for (int m = 0; m < memories.size(); m++) {
            byte[] bytes = Base64.getDecoder().decode(lines.get(m));
            assertEquals(StoryMemorySerde.WHOLE_FORMAT, bytes[0]);
            assertEquals(new StoryMemoryEntry.Whole(memories.get(m)),
                    SERDE.deserializer().deserialize(CHANGELOG, bytes));
        }
    }

    @Test
    void aValueInAFormatThisReleaseDoesNotKnowIsRefusedNamingTheTopic() {
        SerializationException refused = assertThrows(SerializationException.class,
                () -> SERDE.deserializer().deserialize(CHANGELOG, new byte[] {7, 0, 0}));
        assertTrue(refused.getMessage().contains(CHANGELOG) && refused.getMessage().contains("format version 7"),
                refused.getMessage());
    }

    /** The memories of a story through a cap window: reports from several outlets, held developments, a digest. */
    static List<StoryMemory> storyMemories() {
        DevelopmentTracker tracker = new DevelopmentTracker(TYPES,
                AlertBudget.defaults().withStoryCap(1, Duration.ofHours(24)));
        StoryMemory memory = StoryMemory.empty("story-1");
        List<StoryMemory> memories = new ArrayList<>();
        Object[][] articles = {
                {"Post", 0, "Maduro speaks", "STATEMENT", "person:nicolas-maduro", null},
                {"Wire", 2, "Maduro speaks again", "STATEMENT", "person:nicolas-maduro", null},
                {"Post", 24, "Maduro rejects recount", "REJECT", "person:nicolas-maduro", "org:cne"},
                {"Post", 25, "Maduro offers talks", "OFFER", "person:nicolas-maduro", "org:opposition"},
                {"Wire", 26, "Maduro offers talks to bishops", "OFFER", "person:nicolas-maduro", "org:opposition"},
                {"Daily", 29, "Caracas orders arrests", "ARREST_CRACKDOWN", null, null},
                {"Post", 49, "Maduro accepts mediation", "ACCEPT", "person:nicolas-maduro", null},
        };
        for (int a = 0; a < articles.length; a++) {
            Object[] row = articles[a];
            memory = tracker.observe(memory, article(a, (String) row[0], (Integer) row[1], (String) row[2],
                    (String) row[3], (String) row[4], (String) row[5])).memory();
            memories.add(memory);
        }
        assertTrue(memories.stream().anyMatch(m -> !m.ledger().held().isEmpty()), "some memory holds developments");
        assertTrue(memories.stream().anyMatch(m -> m.developments().stream().anyMatch(d -> d.reports().size() > 1)),
                "some development has reports from two outlets");
        assertTrue(memories.get(memories.size() - 1).ledger().announced().size() > 1, "reports were announced");
        return memories;
    }

    private static ArticleReport article(int index, String source, int hours, String headline, String type,
                                         String actor, String target) {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("person:nicolas-maduro", "Nicolás Maduro");
        if (target != null) {
            names.put(target, target);
        }
        ReportedEvent event = new ReportedEvent(type, actor, target, Modality.FACT, Salience.NEWS, headline, 0);
        Instant published = DAY0.plus(Duration.ofHours(hours));
        return new ArticleReport("a" + index, "https://example.org/" + index, source, headline, "story-1",
                published, published.plusMillis(60_001), List.of(event), names, 0);
    }
}
