package io.newsflow.schemas.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.schemas.avro.DeadLetter;
import io.newsflow.schemas.avro.RawArticle;
import io.newsflow.schemas.config.Settings;
import io.newsflow.schemas.topics.Topic;
import io.newsflow.schemas.topics.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With newsflow's Streams defaults, a record that cannot be written to its sink is a dead letter, not a crash. */
class SinkDeadLetterTopologyTest {
    private static final String INPUT = "test.headlines.in";
    private static final String OUTPUT = "test.headlines.out";

    @TempDir
    Path stateDir;

    /** Writes headlines, but refuses the ones its (pretend) schema cannot hold. */
    private static final Serializer<String> STRICT_HEADLINES = (topic, headline) -> {
        if (headline.contains("\u0000")) {
            throw new SerializationException("a headline cannot contain NUL: " + headline.replace("\u0000", "\\0"));
        }
        return headline.getBytes(StandardCharsets.UTF_8);
    };

    @Test
    void aValueThatFailsToSerializeAtTheSinkIsADeadLetterWithItsReasonAndTheNextRecordGoesThrough() {
        StreamsBuilder builder = new StreamsBuilder();
        Serde<String> strict = Serdes.serdeFrom(STRICT_HEADLINES, Serdes.String().deserializer());
        builder.stream(INPUT, Consumed.with(Serdes.String(), Serdes.String()).withName("read-headlines"))
                .mapValues(String::strip, Named.as("strip-headlines"))
                .to(OUTPUT, Produced.with(Serdes.String(), strict).withName("write-headlines"));
        Settings settings = Settings.defaults().with(Map.of("state.dir", stateDir.toString()));
        Properties properties = StreamsDefaults.properties(settings, "newsflow-sink-test", "sink-test");
        Topic<byte[], DeadLetter> deadLetters = Topics.configure(Map.of()).deadLetters();

        try (TopologyTestDriver driver = new TopologyTestDriver(builder.build(properties), properties)) {
            TestInputTopic<String, String> input = driver.createInputTopic(INPUT, Serdes.String().serializer(),
                    Serdes.String().serializer());
            TestOutputTopic<String, String> output = driver.createOutputTopic(OUTPUT, Serdes.String().deserializer(),
                    Serdes.String().deserializer());
            TestOutputTopic<byte[], DeadLetter> letters = driver.createOutputTopic(deadLetters.name(),
                    deadLetters.keySerde().deserializer(), deadLetters.valueSerde().deserializer());

            input.pipeInput("a-1", "Council approves budget ");
            input.pipeInput("a-2", "Broken\u0000headline");
            input.pipeInput("a-3", "Bridge reopens");

            assertEquals(List.of("Council approves budget", "Bridge reopens"), output.readValuesToList());
            List<DeadLetter> written = letters.readValuesToList();
            assertEquals(1, written.size());
            DeadLetter letter = written.get(0);
            assertEquals("sink-test", letter.getStage());
            assertEquals("serialization of value for " + OUTPUT, letter.getReason());
            assertEquals("a headline cannot contain NUL: Broken\\0headline", letter.getErrorMessage());
            assertEquals(INPUT, letter.getTopic());
            assertEquals("Broken\u0000headline", StandardCharsets.UTF_8.decode(letter.getValue()).toString());
        }
    }

    /** A record too large to send would, under exactly-once, fail the transaction and be retried for ever. */
    @Test
    void aRecordTooLargeForTheProducerIsADeadLetterUnderExactlyOnceAndTheNextRecordGoesThrough() {
        Topics topics = Topics.configure(Map.of("max.request.size", "40000"));
        Topic<String, RawArticle> raw = topics.rawArticles();
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(INPUT, Consumed.with(Serdes.String(), Serdes.String()).withName("read-bodies"))
                .mapValues(body -> RawArticle.newBuilder().setArticleId("a").setUrl("").setSource("s")
                        .setTitle("t").setBody(body).setPublishedAt(Instant.EPOCH).setFirstSeenAt(Instant.EPOCH)
                        .build(), Named.as("as-articles"))
                .to(OUTPUT, Produced.with(raw.keySerde(), raw.valueSerde()).withName("write-articles"));
        Settings settings = Settings.defaults().with(Map.of("state.dir", stateDir.toString()));
        Properties properties = StreamsDefaults.properties(settings, "newsflow-sink-size-test", "sink-test");
        Topic<byte[], DeadLetter> deadLetters = topics.deadLetters();

        try (TopologyTestDriver driver = new TopologyTestDriver(builder.build(properties), properties)) {
            TestInputTopic<String, String> input = driver.createInputTopic(INPUT, Serdes.String().serializer(),
                    Serdes.String().serializer());
            TestOutputTopic<String, RawArticle> output = driver.createOutputTopic(OUTPUT,
                    raw.keySerde().deserializer(), raw.valueSerde().deserializer());
            TestOutputTopic<byte[], DeadLetter> letters = driver.createOutputTopic(deadLetters.name(),
                    deadLetters.keySerde().deserializer(), deadLetters.valueSerde().deserializer());

            input.pipeInput("a-1", "short");
            input.pipeInput("a-2", "x".repeat(30_000));
            input.pipeInput("a-3", "also short");

            assertEquals(List.of("short", "also short"), output.readValuesToList().stream()
                    .map(article -> article.getBody().toString()).toList());
            DeadLetter letter = letters.readValuesToList().get(0);
            assertEquals("serialization of value for " + OUTPUT, letter.getReason());
            assertTrue(letter.getErrorMessage().contains("is too large for topic " + OUTPUT), letter.getErrorMessage());
        }
    }
}
