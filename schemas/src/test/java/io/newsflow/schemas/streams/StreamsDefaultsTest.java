package io.newsflow.schemas.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.newsflow.schemas.config.Settings;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

class StreamsDefaultsTest {
    private static final String PRODUCER_COMPRESSION = StreamsConfig.producerPrefix("compression.type");

    @Test
    void internalTopicsAreCompressedUnlessTheUserChoseACompression() {
        Properties byDefault = StreamsDefaults.properties(Settings.defaults(), "newsflow-test", "test");
        assertEquals("zstd", byDefault.get(PRODUCER_COMPRESSION));

        Properties chosen = StreamsDefaults.properties(Settings.defaults().with("compression.type", "lz4"),
                "newsflow-test", "test");
        assertFalse(chosen.containsKey(PRODUCER_COMPRESSION), "a prefixed default would override the user's");
        assertEquals("lz4", new StreamsConfig(chosen).getProducerConfigs("client").get("compression.type"));
    }

    @Test
    void commitsComeEvery50MillisecondsUnlessTheUserChoseAnInterval() {
        Properties byDefault = StreamsDefaults.properties(Settings.defaults(), "newsflow-test", "test");
        assertEquals(50L, new StreamsConfig(byDefault).getLong(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG));

        Properties chosen = StreamsDefaults.properties(Settings.defaults().with("commit.interval.ms", "1000"),
                "newsflow-test", "test");
        assertEquals(1000L, new StreamsConfig(chosen).getLong(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG));
    }

    @Test
    void producerTransactionsMayLastAMinuteUnlessTheUserChoseATimeout() {
        Properties byDefault = StreamsDefaults.properties(Settings.defaults(), "newsflow-test", "test");
        assertEquals(60_000, new StreamsConfig(byDefault).getProducerConfigs("client").get("transaction.timeout.ms"));

        for (String key : List.of("transaction.timeout.ms", StreamsConfig.producerPrefix("transaction.timeout.ms"))) {
            Properties chosen = StreamsDefaults.properties(Settings.defaults().with(key, "20000"), "newsflow-test",
                    "test");
            assertEquals("20000", String.valueOf(new StreamsConfig(chosen).getProducerConfigs("client")
                    .get("transaction.timeout.ms")), key);
        }
    }

    @Test
    void everyServiceRunsExactlyOnceWithItsOwnApplicationIdWhateverTheSettingsSay() {
        Properties properties = StreamsDefaults.properties(Settings.defaults().with(Map.of(
                "application.id", "shared", "processing.guarantee", "exactly_once_v2")), "newsflow-enrich", "enrich");
        assertEquals("newsflow-enrich", properties.get(StreamsConfig.APPLICATION_ID_CONFIG));
        assertEquals(StreamsConfig.EXACTLY_ONCE_V2, properties.get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG));
    }
}
