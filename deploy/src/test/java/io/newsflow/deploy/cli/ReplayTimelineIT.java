package io.newsflow.deploy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replays the bundled timeline through ingest, enrich and alerts on an embedded broker and checks the exact
 * alert set a subscriber would get: each development once (the first article's as the story's NEW_STORY),
 * repeats only as corroborating updates, the
 * syndicated copy never, unrelated news never in the story.
 */
class ReplayTimelineIT {

    @TempDir
    static Path work;

    private static CliRun run;
    private static List<JsonNode> alerts;
    private static List<JsonNode> enriched;
    private static List<JsonNode> duplicates;

    @BeforeAll
    static void replayTheTimeline() throws IOException {
        Path input = work.resolve("timeline.jsonl");
        try (InputStream in = ReplayTimelineIT.class.getResourceAsStream("/io/newsflow/demo/timeline.jsonl")) {
            Files.copy(in, input);
        }
        Path output = work.resolve("out");
        run = CliRun.of("replay", "--input", input.toString(), "--output", output.toString());
        alerts = ReplayOutput.lines(output.resolve("alerts.jsonl"));
        enriched = ReplayOutput.lines(output.resolve("enriched.jsonl"));
        duplicates = ReplayOutput.lines(output.resolve("duplicates.jsonl"));
    }


    @Test
    void exitsZeroWithASummary() {
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("replay: read 9, published 9, rejected 0; enriched 8, duplicates 1, alerts 5, "
                + "dead letters 0"), run.out());
    }

    @Test
    void eachDevelopmentIsAlertedOnceAndRepeatsOnlyCorroborate() {
        List<String> kinds = alerts.stream().map(alert -> alert.get("kind").asText() + " "
                + alert.get("eventType").asText()).sorted().toList();
        assertEquals(List.of("NEW_DEVELOPMENT REJECT", "NEW_DEVELOPMENT SANCTIONS_EASED",
                "NEW_DEVELOPMENT SANCTIONS_IMPOSED", "UPDATE OFFER", "UPDATE REJECT"), kinds,
                "the amnesty offer opened the story: its NEW_STORY tells it, so other outlets only corroborate");
        JsonNode rejection = alerts.stream().filter(alert -> alert.get("kind").asText().equals("NEW_DEVELOPMENT")
                && alert.get("eventType").asText().equals("REJECT")).findFirst().orElseThrow();
        assertTrue(rejection.get("entities").toString().contains("\"id\":\"person:nicolas-maduro\",\"name\":\"Nicolás "
                + "Maduro\",\"role\":\"ACTOR\""), rejection.toString());
        assertTrue(rejection.get("priorState").asText().startsWith("Known: OFFER: United States → Nicolás Maduro"),
                rejection.get("priorState").asText());
        assertEquals(Set.of(1), alerts.stream().filter(alert -> alert.get("kind").asText().equals("NEW_DEVELOPMENT"))
                .map(alert -> alert.get("corroboration").asInt()).collect(Collectors.toSet()));
        assertEquals(Set.of(2), alerts.stream().filter(alert -> alert.get("kind").asText().equals("UPDATE"))
                .map(alert -> alert.get("corroboration").asInt()).collect(Collectors.toSet()));
    }

    @Test
    void theSyndicatedCopyIsADuplicateOfTheOriginalAndNeverAlerts() {
        assertEquals(1, duplicates.size());
        assertEquals("dm-0811-amnesty-syndicated", duplicates.get(0).get("articleId").asText());
        assertEquals("hp-0811-amnesty", duplicates.get(0).get("duplicateOf").asText());
        assertTrue(alerts.stream().noneMatch(alert -> alert.toString().contains("dm-0811-amnesty-syndicated")));
    }

    @Test
    void theStoryHoldsEveryVenezuelaArticleAndNothingElse() {
        Map<String, String> storyOf = enriched.stream().collect(Collectors.toMap(
                article -> article.get("articleId").asText(), article -> article.get("storyId").asText()));
        String story = storyOf.get("hp-0811-amnesty");
        for (String id : List.of("cw-0811-amnesty", "cw-0814-maduro-rejects", "hp-0814-maduro-rejects",
                "hp-0819-sanctions", "cw-0826-sanctions-eased")) {
            assertEquals(story, storyOf.get(id), id);
        }
        assertTrue(!story.equals(storyOf.get("gt-0812-typhoon")) && !story.equals(storyOf.get("em-0815-rates")));
        assertTrue(alerts.stream().allMatch(alert -> alert.get("storyId").asText().equals(story)),
                "unrelated news never alerts in (or as) this story");
    }
}
