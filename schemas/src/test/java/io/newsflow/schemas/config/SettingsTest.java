package io.newsflow.schemas.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {
    @TempDir
    Path dir;

    @Test
    void laterLayersWinDefaultsFileEnvironmentFlags() throws Exception {
        Path file = dir.resolve("newsflow.properties");
        Files.writeString(file, "bootstrap.servers=file:9092\ntopics.partitions=6\ncompression.type=lz4\n");

        Settings settings = Settings.load(file,
                Map.of("NEWSFLOW_TOPICS_PARTITIONS", "12", "NEWSFLOW_COMPRESSION_TYPE", "zstd", "HOME", "/root"),
                Map.of("compression.type", "gzip"));

        assertEquals("file:9092", settings.get("bootstrap.servers"), "file beats defaults");
        assertEquals(12, settings.getInt("topics.partitions"), "environment beats file");
        assertEquals("gzip", settings.get("compression.type"), "flags beat environment");
        assertEquals("1", settings.get("topics.replication.factor"), "defaults fill the rest");
        assertTrue(settings.find("home").isEmpty(), "only NEWSFLOW_* variables are settings");
    }

    @Test
    void tellsWhichKeysSomeLayerGaveAndWhichAreDefaults() throws Exception {
        Path file = dir.resolve("cluster.properties");
        Files.writeString(file, "bootstrap.servers=file:9092\n");

        assertTrue(Settings.load(file, Map.of(), Map.of()).isGiven("bootstrap.servers"), "from the file");
        assertTrue(Settings.load(null, Map.of("NEWSFLOW_BOOTSTRAP_SERVERS", "env:9092"), Map.of())
                .isGiven("bootstrap.servers"), "from the environment");
        assertTrue(Settings.load(null, Map.of(), Map.of("bootstrap.servers", "flag:9092"))
                .isGiven("bootstrap.servers"), "from a flag");
        Settings defaults = Settings.load(null, Map.of(), Map.of());
        assertFalse(defaults.isGiven("bootstrap.servers"), "a built-in default is not given");
        assertTrue(defaults.with("bootstrap.servers", "later:9092").isGiven("bootstrap.servers"));
        assertFalse(defaults.with("state.dir", "/tmp/s").isGiven("bootstrap.servers"));
    }

    @Test
    void kafkaClientSettingsPassThroughUnchanged() {
        Settings settings = Settings.load(null, Map.of("NEWSFLOW_SASL_MECHANISM", "PLAIN"),
                Map.of("security.protocol", "SASL_SSL"));

        assertEquals("PLAIN", settings.asClientConfig().get("sasl.mechanism"));
        assertEquals("SASL_SSL", settings.asClientConfig().get("security.protocol"));
    }

    @Test
    void durationsTakeUnitsOrIso8601() {
        Settings settings = Settings.defaults().with(Map.of("a", "7d", "b", "PT36H", "c", "250ms", "d", "30"));
        assertEquals(Duration.ofDays(7), settings.getDuration("a"));
        assertEquals(Duration.ofHours(36), settings.getDuration("b"));
        assertEquals(Duration.ofMillis(250), settings.getDuration("c"));
        assertEquals(Duration.ofSeconds(30), settings.getDuration("d"));
    }

    @Test
    void badValuesNameTheSettingAndTheFix() {
        Settings settings = Settings.defaults().with(Map.of("topics.partitions", "many", "dedup.retention", "soon"));

        assertTrue(assertThrows(IllegalArgumentException.class, () -> settings.getInt("topics.partitions"))
                .getMessage().contains("'topics.partitions' must be a whole number, got 'many'"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> settings.getDuration("dedup.retention"))
                .getMessage().contains("'dedup.retention' must be a duration"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> settings.get("missing.key"))
                .getMessage().contains("NEWSFLOW_MISSING_KEY"));
    }

    @Test
    void missingConfigFileIsNamed() {
        Path missing = dir.resolve("nope.properties");
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> Settings.load(missing, Map.of(), Map.of()));
        assertTrue(error.getMessage().contains(missing.toString()), error.getMessage());
    }
}
