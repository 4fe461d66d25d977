package io.newsflow.deploy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replays the bundled timeline five times, each on a fresh embedded broker with fresh state: the alert
 * files are the same, line for line, but for when each run detected the alert. The story's articles
 * reach alerts from three enriched partitions in whatever order, so this holds only because alerts put
 * each story back in first-seen order; the offer's NEW_DEVELOPMENT cites the earliest (14:00) report.
 */
class AlertsDeterminismIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int REPLAYS = 5;
    /** When this run saw the alert, and how long after first sight: the only fields a run may change. */
    private static final List<String> RUN_TIMES = List.of("detectedAt", "latencyMillis");

    @TempDir
    Path work;

    @Test
    void fiveReplaysOfTheTimelineWriteTheSameAlertsInTheSameOrder() throws IOException {
        Path input = work.resolve("timeline.jsonl");
        try (InputStream in = AlertsDeterminismIT.class.getResourceAsStream("/io/newsflow/demo/timeline.jsonl")) {
            Files.copy(in, input);
        }
        List<List<String>> replays = new ArrayList<>();
        List<String> summaries = new ArrayList<>();
        for (int replay = 0; replay < REPLAYS; replay++) {
            Path output = work.resolve("out-" + replay);
            CliRun run = CliRun.of("replay", "--input", input.toString(), "--output", output.toString(),
                    "-D", "metrics.port=0");
            assertEquals(0, run.exitCode(), run.err());
            replays.add(withoutRunTimes(output.resolve("alerts.jsonl")));
            summaries.add(run.out().lines().filter(line -> line.startsWith("replay: read")).findFirst().orElse(""));
        }

        List<String> first = replays.get(0);
        for (int replay = 1; replay < REPLAYS; replay++) {
            assertEquals(first, replays.get(replay), "replay " + (replay + 1) + " against the first: "
                    + firstDifference(first, replays.get(replay)) + "; summaries " + summaries);
        }
        // The offer opens its story, so it is the story's NEW_STORY (written for subscribers who ask for one;
        // a replay has none); the first alert about it is the UPDATE of the second outlet's report, and it
        // must still cite the earliest report first.
        ObjectNode offer = (ObjectNode) JSON.readTree(first.stream()
                .filter(line -> line.contains("\"eventType\":\"OFFER\""))
                .findFirst().orElseThrow(() -> new AssertionError("no OFFER alert in " + first)));
        assertEquals("hp-0811-amnesty", offer.get("evidence").get(0).get("articleId").asText(), offer.toString());
        assertEquals("2024-08-11T14:00:00Z", offer.get("firstReportedAt").asText(), offer.toString());
    }

    /**
     * The same on a long, messy stream (three concurrent stories over three weeks, near copies, outlet
     * furniture), where an article can wait in dedup-decide's store while a later-seen one is already on its
     * way to story assignment: every replay puts each article in the same story and writes the same alerts.
     */
    @Test
    void threeReplaysOfARealStyleStreamFormTheSameStoriesAndWriteTheSameAlerts() throws IOException {
        RealStreamGenerator.Stream stream = new RealStreamGenerator(1017).generate();
        Path input = work.resolve("stream.jsonl");
        Files.write(input, stream.articles().stream().map(RealStreamGenerator.Article::json).toList());
        List<Map<String, String>> stories = new ArrayList<>();
        List<List<String>> alerts = new ArrayList<>();
        for (int replay = 0; replay < 3; replay++) {
            Path output = work.resolve("stream-out-" + replay);
            CliRun run = CliRun.of("replay", "--input", input.toString(), "--output", output.toString(),
                    "-D", "metrics.port=0");
            assertEquals(0, run.exitCode(), run.err());
            stories.add(storyOfEachArticle(output.resolve("enriched.jsonl")));
            alerts.add(withoutRunTimes(output.resolve("alerts.jsonl")));
        }
        for (int replay = 1; replay < 3; replay++) {
            assertEquals(stories.get(0), stories.get(replay), "replay " + (replay + 1) + " put articles in other stories");
            assertEquals(alerts.get(0), alerts.get(replay), "replay " + (replay + 1) + " against the first: "
                    + firstDifference(alerts.get(0), alerts.get(replay)));
        }
    }

    private static Map<String, String> storyOfEachArticle(Path enriched) throws IOException {
        Map<String, String> stories = new TreeMap<>();
        for (String line : Files.readAllLines(enriched)) {
            ObjectNode article = (ObjectNode) JSON.readTree(line);
            stories.put(article.get("articleId").asText(), article.get("storyId").asText());
        }
        return stories;
    }

    private static String firstDifference(List<String> expected, List<String> actual) {
        for (int line = 0; line < Math.min(expected.size(), actual.size()); line++) {
            if (!expected.get(line).equals(actual.get(line))) {
                return "line " + (line + 1) + " was " + expected.get(line) + " and is " + actual.get(line);
            }
        }
        return expected.size() + " alerts and " + actual.size();
    }

    private static List<String> withoutRunTimes(Path alerts) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(alerts)) {
            ObjectNode alert = (ObjectNode) JSON.readTree(line);
            alert.remove(RUN_TIMES);
            lines.add(alert.toString());
        }
        return lines;
    }
}
