package io.newsflow.deploy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.ingest.identity.ArticleIds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewsflowCliIT {
    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void demoOnceRunsTheWholePipelineAndPrintsTheAlertsForPeople() throws IOException {
        CliRun run = run("demo", "--once", "--port", "0", "-D", "metrics.port=0", "-D", "explorer.port=0");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("ingest: read 9, published 9, rejected 0"), run.out());
        assertTrue(run.out().contains("Story explorer: http://localhost:"), run.out());
        assertTrue(run.out().contains("▶ NEW DEVELOPMENT · REJECT"), run.out());
        assertTrue(run.out().contains("evidence: Caribbean Wire — \"Maduro rejects U.S. amnesty offer"), run.out());
        assertTrue(run.out().contains("Demo processed: 9 articles published; 6 alerts."),
                "the opening offer is the NEW_STORY, not also a NEW_DEVELOPMENT: " + run.out());
        String printedAlerts = run.out().lines().filter(line -> !line.isBlank()).collect(Collectors.joining("\n"));
        String readmeSample = readmeDemoSample();
        assertTrue(printedAlerts.contains(readmeSample),
                "the README's sample is not what the demo prints; README:\n" + readmeSample + "\ndemo:\n" + run.out());
    }

    /** The code block after "A demo run prints alerts like this" in the README (tests run in the module's folder). */
    private static String readmeDemoSample() throws IOException {
        List<String> readme = Files.readAllLines(Path.of("..", "README.md"));
        int intro = IntStream.range(0, readme.size())
                .filter(line -> readme.get(line).startsWith("A demo run prints alerts like this"))
                .findFirst().orElseThrow();
        int open = IntStream.range(intro, readme.size()).filter(line -> readme.get(line).equals("```")).findFirst()
                .orElseThrow();
        int close = IntStream.range(open + 1, readme.size()).filter(line -> readme.get(line).equals("```")).findFirst()
                .orElseThrow();
        return String.join("\n", readme.subList(open + 1, close));
    }

    @Test
    void tagWritesOneEnrichedJsonObjectPerArticleAndReportsBadLines(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("articles.jsonl");
        Files.writeString(input, "{\"id\": \"a1\", \"url\": \"https://example.org/a1\", \"source\": \"Wire\", "
                + "\"title\": \"Maduro rejects U.S. amnesty offer\", \"body\": \"Nicolás Maduro rejected the offer "
                + "on Wednesday.\", \"publishedAt\": \"2024-08-14T12:00:00Z\"}\nnot json\n");

        CliRun run = run("tag", input.toString());

        assertEquals(0, run.exitCode(), run.err());
        JsonNode article = new ObjectMapper().readTree(run.out().lines().findFirst().orElseThrow());
        assertEquals("a1", article.get("articleId").asText());
        assertTrue(article.get("entities").toString().contains("person:nicolas-maduro"), article.toString());
        assertTrue(article.get("events").toString().contains("REJECT"), article.toString());
        assertTrue(article.get("sentiment").has("compound"), article.toString());
        assertTrue(run.err().contains("line 2") && run.err().contains("tag: 1 tagged, 1 skipped"), run.err());
    }

    @Test
    void tagReadsLinesAsIngestDoesSameIdsAndSameRefusals(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("articles.jsonl");
        Files.writeString(input, String.join("\n",
                "{\"url\": \"https://Example.org/a2?utm_source=x#top\", \"source\": \"Wire\", \"title\": \"Talks\", "
                        + "\"body\": \"Qatar hosted envoys.\", \"publishedAt\": \"2024-08-14T12:00:00Z\"}",
                "{\"url\": \"https://example.org/a3\", \"title\": \"T\", \"body\": \"B\", \"publishedAt\": \"yesterday\"}",
                "{\"url\": \"https://example.org/a4\", \"title\": \"No body\"}"));

        CliRun run = run("tag", input.toString());

        JsonNode article = new ObjectMapper().readTree(run.out().lines().findFirst().orElseThrow());
        assertEquals(ArticleIds.forCanonicalUrl("https://example.org/a2"), article.get("articleId").asText(),
                "the id ingest publishes for this URL");
        assertTrue(run.err().contains("line 2: invalid-field: field 'publishedAt' is not an ISO-8601 time"), run.err());
        assertTrue(run.err().contains("line 3: missing-body"), run.err());
        assertTrue(run.err().contains("tag: 1 tagged, 2 skipped"), run.err());
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"demo", "replay", "broker", "ingest", "enrich", "alerts", "tag",
            "subscriptions", "entities"}) {
            CliRun run = run(command, "--help");
            assertEquals(0, run.exitCode(), command);
            assertTrue(run.out().contains("Usage: newsflow " + command), run.out());
        }
    }

    @Test
    void wrongUseSaysWhatIsWrongAndExitsNonZero() {
        CliRun unknown = run("frobnicate");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("frobnicate"), unknown.err());

        CliRun noCommand = run();
        assertEquals(2, noCommand.exitCode());
        assertTrue(noCommand.err().contains("name a command"), noCommand.err());

        CliRun badPort = run("demo", "--port", "ninety");
        assertEquals(2, badPort.exitCode());
        assertTrue(badPort.err().contains("--port"), badPort.err());
    }
}
