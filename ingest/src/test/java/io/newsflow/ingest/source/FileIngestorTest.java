package io.newsflow.ingest.source;

import static io.newsflow.ingest.TextAssertions.assertContains;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.ingest.Fixtures;
import io.newsflow.ingest.publish.IngestMetrics;
import io.newsflow.ingest.publish.IngestSummary;
import io.newsflow.ingest.publish.TestPipelines;
import io.newsflow.schemas.avro.DeadLetter;
import io.newsflow.schemas.avro.RawArticle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileIngestorTest {
    private static final int LIMIT = 4_000;
    private static final String GOOD = "{\"id\":\"n-%d\",\"url\":\"https://news.example/%d\",\"source\":\"Example\","
            + "\"title\":\"Story %d\",\"body\":\"Body of story %d.\",\"publishedAt\":\"2025-05-01T10:00:00Z\"}";

    @TempDir
    Path dir;
    private final TestPipelines test = new TestPipelines();
    private final FileIngestor files = new FileIngestor(test.pipeline, LIMIT);

    @Test
    void publishesGoodLinesAndDeadLettersEachBadLineNamingFileAndLine() throws IOException {
        Path file = dir.resolve("articles.jsonl");
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        content.writeBytes(lines(good(1), "{not json", "", good(2), "{\"title\":\"No body\"}"));
        content.writeBytes(new byte[] {'{', '"', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'});
        content.writeBytes(lines("{\"title\":\"" + "x".repeat(LIMIT) + "\"}", good(3) + "\r"));
        Files.write(file, content.toByteArray());

        files.ingestFile(file);
        IngestSummary summary = test.pipeline.finish();

        assertEquals(List.of("n-1", "n-2", "n-3"), test.sink.articles.stream().map(RawArticle::getArticleId).toList());
        assertEquals(List.of(file + ":2 invalid-json", file + ":5 missing-body", file + ":6 invalid-utf8",
                file + ":7 too-large"), test.sink.deadLetters.stream().map(FileIngestorTest::describe).toList());
        assertArrayEquals("{not json".getBytes(StandardCharsets.UTF_8), bytes(test.sink.deadLetters.get(0)));
        assertEquals("ingest", test.sink.deadLetters.get(0).getStage());
        assertEquals(7, summary.read());
        assertEquals(3, summary.published());
        assertEquals(Map.of("invalid-json", 1L, "missing-body", 1L, "invalid-utf8", 1L, "too-large", 1L),
                summary.rejectedByReason());
        assertEquals("read 7, published 3, rejected 4 (invalid-json 1, invalid-utf8 1, missing-body 1, too-large 1)",
                summary.toString());
        assertContains(test.messages(), "rejected " + file + ":2 (invalid-json): not valid JSON",
                "rejected " + file + ":6 (invalid-utf8): not valid UTF-8: malformed byte sequence at byte offset 6");
        assertEquals(7, test.count(IngestMetrics.READ, "source", "jsonl"));
        assertEquals(3, test.count(IngestMetrics.PUBLISHED, "source", "jsonl"));
        assertEquals(1, test.count(IngestMetrics.REJECTED, "source", "jsonl", "reason", "invalid-utf8"));
    }

    @Test
    void aFileThatCannotBeReadIsADeadLetterAndTheRunGoesOn() throws IOException {
        Path missing = dir.resolve("missing.jsonl");
        Path present = dir.resolve("present.jsonl");
        Files.write(present, lines(good(1)));

        files.ingestFile(missing);
        files.ingestFile(present);

        assertEquals(List.of(missing + " unreadable"), test.sink.deadLetters.stream().map(FileIngestorTest::describe).toList());
        assertContains(test.sink.deadLetters.get(0).getErrorMessage(), "no such file");
        assertEquals(1, test.sink.articles.size());
    }

    @Test
    void readsPagesByKindAndRejectsOversizedAndMisencodedOnes() throws IOException {
        Files.writeString(dir.resolve("council.html"), "<html lang=\"en\"><head><title>Tram vote</title></head><body><article><p>The council voted.</p>"
                + "</article></body></html>");
        Files.writeString(dir.resolve("bridge.txt"), "Bridge closes\n\nThe bridge closed on Monday.\n");
        Files.writeString(dir.resolve("big.html"), "<p>" + "a".repeat(LIMIT) + "</p>");
        Files.write(dir.resolve("latin1.txt"), new byte[] {'C', 'a', 'f', (byte) 0xE9});
        Files.writeString(dir.resolve(".notes.txt"), "Editor's scratch file\n\nNot an article.\n");
        Files.createDirectories(dir.resolve("feeds"));
        Files.write(dir.resolve("feeds/ledger.xml"), Fixtures.bytes("feed-rss.xml"));

        files.ingestDirectory(dir);
        IngestSummary summary = test.pipeline.finish();

        assertEquals(List.of("Bridge closes page-text", "Tram vote html",
                        "Harbor Bridge closure enters second week rss",
                        "Ferry operator hires twenty new crew members rss", "Market hall reopens after renovation rss"),
                test.sink.articles.stream().map(FileIngestorTest::titleAndOrigin).toList());
        assertEquals(List.of(dir.resolve("big.html") + " too-large", dir.resolve("latin1.txt") + " invalid-utf8"),
                test.sink.deadLetters.stream().map(FileIngestorTest::describe).toList());
        assertEquals(7, summary.read());
    }

    @Test
    void anArticleTheBrokerRefusesBecomesADeadLetterToo() throws IOException {
        Path file = dir.resolve("articles.jsonl");
        Files.write(file, lines(good(1)));
        test.sink.failArticlesWith(new RecordTooLargeException("record is 2 MB"));

        files.ingestFile(file);
        IngestSummary summary = test.pipeline.finish();

        assertEquals(List.of(file + ":1 too-large"), test.sink.deadLetters.stream().map(FileIngestorTest::describe).toList());
        assertEquals(0, summary.published());
        assertEquals(1, summary.rejected());
        assertTrue(test.sink.deadLetters.get(0).getErrorMessage().contains("record is 2 MB"));
    }

    private static String titleAndOrigin(RawArticle article) {
        return article.getTitle() + " " + article.getOrigin();
    }

    private static String describe(DeadLetter letter) {
        return letter.getInput() + " " + letter.getReason();
    }

    private static byte[] bytes(DeadLetter letter) {
        ByteBuffer value = letter.getValue().duplicate();
        byte[] bytes = new byte[value.remaining()];
        value.get(bytes);
        return bytes;
    }

    private static String good(int n) {
        return String.format(GOOD, n, n, n, n);
    }

    private static byte[] lines(String... lines) {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
