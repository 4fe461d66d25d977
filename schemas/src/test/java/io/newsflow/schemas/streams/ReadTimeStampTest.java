package io.newsflow.schemas.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

class ReadTimeStampTest {
    private static final Instant WALL_CLOCK_START = Instant.ofEpochMilli(1_700_000_000_000L);

    @Test
    void eachRecordCarriesTheWallClockTimeItWasReadAtInPlaceOfAnyItCameWith() {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream("in", Consumed.with(Serdes.String(), Serdes.String()))
                .processValues(ReadTimeStamp::new, Named.as("stamp"))
                .to("out", Produced.with(Serdes.String(), Serdes.String()));
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "read-time-stamp-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        try (TopologyTestDriver driver = new TopologyTestDriver(builder.build(), props, WALL_CLOCK_START)) {
            TestInputTopic<String, String> in = driver.createInputTopic("in", Serdes.String().serializer(),
                    Serdes.String().serializer());
            TestOutputTopic<String, String> out = driver.createOutputTopic("out", Serdes.String().deserializer(),
                    Serdes.String().deserializer());
            in.pipeInput(new TestRecord<>("a", "first", new RecordHeaders(), Instant.EPOCH));
            driver.advanceWallClockTime(Duration.ofSeconds(3));
            in.pipeInput(new TestRecord<>("b", "second", HeldSinceHeader.of(42), Instant.EPOCH));

            TestRecord<String, String> first = out.readRecord();
            TestRecord<String, String> second = out.readRecord();
            assertEquals(WALL_CLOCK_START.toEpochMilli(), HeldSinceHeader.read(first.headers()).orElseThrow());
            assertEquals(WALL_CLOCK_START.plusSeconds(3).toEpochMilli(),
                    HeldSinceHeader.read(second.headers()).orElseThrow());
            assertEquals(1, second.headers().toArray().length, "the stamp it came with is replaced, not kept beside");
        }
    }
}
