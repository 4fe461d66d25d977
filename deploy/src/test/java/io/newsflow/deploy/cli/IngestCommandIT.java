package io.newsflow.deploy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.newsflow.deploy.broker.EmbeddedKafkaBroker;
import io.newsflow.deploy.broker.KafkaTestClients;
import io.newsflow.ingest.identity.ArticleIds;
import io.newsflow.schemas.avro.DeadLetter;
import io.newsflow.schemas.avro.RawArticle;
import io.newsflow.schemas.topics.Topics;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsflow ingest} against the embedded broker: what reaches the topics, with which keys and reasons. */
class IngestCommandIT {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Duration NOTHING_MORE = Duration.ofSeconds(3);
    private static EmbeddedKafkaBroker broker;
    private static Topics topics;

    @TempDir
    Path dir;


    @BeforeAll
    static void startBroker() {
        broker = EmbeddedKafkaBroker.builder().start();
        topics = Topics.configure(Map.of());
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void aJsonLinesFileWithBadLinesPublishesTheGoodOnesAndDeadLettersTheRestNamingFileAndLine() throws IOException {
        Path file = dir.resolve("replay.jsonl");
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        content.writeBytes(utf8("""
                {"id":"replay-1","url":"https://news.example/a","source":"Example","title":"Port reopens","body":"The port reopened on Monday.","publishedAt":"2025-05-01T10:00:00Z"}
                {"url":"https://News.Example/b?utm_source=rss#top","source":"Example","title":"Ferry resumes","body":"Ferries run again.","publishedAt":"2025-05-01T11:00:00Z","language":"en"}
                {"title":"Market hall","body":"The market hall reopened.","publishedAt":"2099-01-01T00:00:00Z"}
                {"title": "broken
                {"title":"No body","source":"Example"}
                """));
        content.writeBytes(new byte[] {'{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"', (byte) 0xFF, '"', '}', '\n'});
        Files.write(file, content.toByteArray());

        CliRun run = run("ingest", "--file", file.toString(), "-b", broker.bootstrapServers());

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("ingest: read 6, published 3, rejected 3 (invalid-json 1, invalid-utf8 1, "
                + "missing-body 1)"), run.out());
        assertTrue(run.err().contains("rejected " + file + ":4 (invalid-json)"), run.err());
        List<ConsumerRecord<String, RawArticle>> articles = read(topics.rawArticles().name(),
                topics.rawArticles().valueSerde().deserializer(), "jsonl", 3);
        assertEquals(Set.of("replay-1", ArticleIds.forCanonicalUrl("https://news.example/b"),
                        ArticleIds.forContent("Market hall", "The market hall reopened.")),
                articles.stream().map(ConsumerRecord::key).collect(Collectors.toSet()));
        articles.forEach(record -> assertEquals(record.key(), record.value().getArticleId()));
        RawArticle future = articles.stream().filter(record -> record.value().getTitle().equals("Market hall"))
                .findFirst().orElseThrow().value();
        assertTrue(future.getPublishedAtInferred());
        assertEquals(future.getFirstSeenAt(), future.getPublishedAt());

        List<ConsumerRecord<byte[], DeadLetter>> deadLetters = KafkaTestClients.readUntil(broker.bootstrapServers(),
                topics.deadLetters().name(), topics.deadLetters().keySerde().deserializer(),
                topics.deadLetters().valueSerde().deserializer(),
                record -> record.value().getInput().startsWith(file.toString()), 3, WAIT);
        assertEquals(List.of(file + ":4 invalid-json ingest", file + ":5 missing-body ingest",
                        file + ":6 invalid-utf8 ingest"),
                deadLetters.stream().map(record -> record.value().getInput() + " " + record.value().getReason() + " "
                        + record.value().getStage()).sorted().toList());
        deadLetters.forEach(record -> assertEquals(record.value().getInput(),
                new String(record.key(), StandardCharsets.UTF_8), "a dead letter is keyed by the input it names"));
    }

    @Test
    void aRunThatPublishedNothingBecauseEveryInputWasRejectedFails() throws IOException {
        Path file = dir.resolve("all-bad.jsonl");
        Files.writeString(file, "not json\n{\"title\":\"No body\"}\n");

        CliRun run = run("ingest", "--file", file.toString(), "-b", broker.bootstrapServers());

        assertEquals(1, run.exitCode(), run.out() + run.err());
        assertTrue(run.err().contains("nothing was published: all 2 inputs were rejected"), run.err());
    }

    @Test
    void aFeedPolledInTwoRunsPublishesItsItemsOnceBecauseSeenItemsOutliveTheProcess() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] feed = utf8("""
                <rss version="2.0"><channel><title>Harbour Radio</title>
                <item><title>Tide warning for Quay Street</title><guid>hr-1</guid>
                <link>https://harbour-radio.example/tide</link><description>High tide expected at noon.</description></item>
                <item><title>Lighthouse repainted</title><guid>hr-2</guid>
                <link>https://harbour-radio.example/lighthouse</link><description>Fresh paint for the old lighthouse.</description></item>
                </channel></rss>""");
        server.createContext("/feed.rss", exchange -> {
            exchange.sendResponseHeaders(200, feed.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(feed);
            }
        });
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/feed.rss";
        try {
            CliRun first = run("ingest", "--feed", url, "-b", broker.bootstrapServers());
            CliRun second = run("ingest", "--feed", url, "-b", broker.bootstrapServers());

            assertEquals(0, first.exitCode(), first.err());
            assertTrue(first.out().contains(url + ": 2 new items"), first.out());
            assertEquals(0, second.exitCode(), second.err());
            assertTrue(second.out().contains("2 feed items already seen"), second.out() + second.err());
            assertTrue(second.out().contains(url + ": 0 new items"), second.out() + second.err());
            List<ConsumerRecord<String, RawArticle>> published = KafkaTestClients.readUntil(broker.bootstrapServers(),
                    topics.rawArticles().name(), new StringDeserializer(),
                    topics.rawArticles().valueSerde().deserializer(),
                    record -> record.value().getSource().equals("Harbour Radio"), 3, NOTHING_MORE);
            assertEquals(2, published.size());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void helpAndWrongUse() {
        CliRun help = run("ingest", "--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("Usage: newsflow ingest"), help.out());

        CliRun nothing = run("ingest");
        assertEquals(2, nothing.exitCode());
        assertTrue(nothing.err().contains("nothing to ingest"), nothing.err());

        CliRun intervalWithoutFeed = run("ingest", "--file", "a.jsonl", "--interval", "60s");
        assertEquals(2, intervalWithoutFeed.exitCode());
        assertTrue(intervalWithoutFeed.err().contains("--interval polls feeds"), intervalWithoutFeed.err());

        CliRun badInterval = run("ingest", "--feed", "https://news.example/rss", "--interval", "soon");
        assertEquals(2, badInterval.exitCode());
        assertTrue(badInterval.err().contains("--interval must be a duration"), badInterval.err());
    }

    private static List<ConsumerRecord<String, RawArticle>> read(String topic, Deserializer<RawArticle> values,
                                                                 String origin, int count) {
        return KafkaTestClients.readUntil(broker.bootstrapServers(), topic, new StringDeserializer(), values,
                record -> record.value().getOrigin().equals(origin), count, WAIT);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }
}
