package io.newsflow.deploy.run;

import io.newsflow.schemas.config.Settings;
import io.newsflow.schemas.json.RecordJson;
import io.newsflow.schemas.topics.Topic;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.avro.generic.IndexedRecord;
import org.apache.kafka.common.TopicPartition;

/** Reads a topic between two points (committed records only) and writes each value as one JSON line. */
public final class TopicDump {
    private TopicDump() {
    }

    /** Where the topic ends now: a later dump from here holds only what was written after this call. */
    public static Map<TopicPartition, Long> endOffsets(Settings settings, Topic<?, ?> topic) {
        return TopicReader.endOffsets(settings, topic.name());
    }

    /** Writes the records from {@code from} to the current end into the file; returns how many. */
    public static <V extends IndexedRecord> int write(Settings settings, Topic<?, V> topic,
                                                      Map<TopicPartition, Long> from, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            int[] count = {0};
            read(settings, topic, from, value -> {
                try {
                    out.write(RecordJson.toJson(value));
                    out.write('\n');
                    count[0]++;
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot write " + file, e);
                }
            });
            return count[0];
        }
    }

    /** How many records the topic holds from {@code from} to its current end. */
    public static int count(Settings settings, Topic<?, ?> topic, Map<TopicPartition, Long> from) {
        int[] count = {0};
        read(settings, topic, from, value -> count[0]++);
        return count[0];
    }

    private static <V> void read(Settings settings, Topic<?, V> topic, Map<TopicPartition, Long> from,
                                 Consumer<V> each) {
        TopicReader.readToEnd(settings, topic.name(), from, record -> {
            V value = topic.valueSerde().deserializer().deserialize(topic.name(), record.value());
            if (value != null) {
                each.accept(value);
            }
        });
    }
}
