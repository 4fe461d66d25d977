package io.newsflow.schemas.streams;

import io.newsflow.schemas.config.Settings;
import io.newsflow.schemas.topics.Topics;
import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The defaults every newsflow Kafka Streams service shares: exactly-once, dead letters through KIP-1034
 * handlers that keep going (for records that cannot be read, processed or written), internal topics
 * replicated as configured, zstd compression, a commit every 50 ms and a producer transaction timeout of a
 * minute. Settings given by the user win, so any Streams property can still be changed.
 */
public final class StreamsDefaults {
    /** Name of the stage recorded in dead letters ("enrich", "alerts", ...). */
    public static final String STAGE_CONFIG = "newsflow.stage";
    /**
     * The producer transaction timeout newsflow's Streams services start with, instead of the 10 s Streams
     * sets under exactly-once. A transaction lives from the first record a task sends until the next commit
     * (every 50 ms), so it outlasts 10 s only when the stream thread is held up, as on a starved machine;
     * the broker then aborts it and bumps the producer's epoch, the task is fenced, redoes the same batch as
     * slowly, and is fenced again: a stall that never recovers. The cost of a longer timeout: when an
     * instance dies mid-transaction and comes back under another transactional id (its state directory
     * lost), read_committed readers of the partitions it wrote wait until the broker aborts that transaction.
     */
    public static final int TRANSACTION_TIMEOUT_MS = 60_000;
    /**
     * Half of Streams' exactly-once default of 100 ms. An article crosses several repartition topics in enrich
     * and then alerts' input, and each waits for the commit of the step before it (read_committed), while the holds for
     * late copies and first-seen order wait for commits to cover what was on the inputs: in `newsflow bench`'s
     * live mode, raw-to-enriched latency fell from p50/p99 1.9/2.4 s at 100 ms to 1.6/2.0 s at 50 ms, at no
     * throughput cost the bench could tell apart from its noise.
     */
    public static final int COMMIT_INTERVAL_MS = 50;
    private static final Logger LOG = LoggerFactory.getLogger(StreamsDefaults.class);

    private StreamsDefaults() {
    }

    public static Properties properties(Settings settings, String applicationId, String stage) {
        Properties properties = new Properties();
        properties.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        properties.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, Topics.DEAD_LETTERS);
        properties.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
                DeadLetterDeserializationHandler.class.getName());
        properties.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG,
                DeadLetterProcessingHandler.class.getName());
        properties.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG,
                DeadLetterProductionHandler.class.getName());
        settings.find("topics.replication.factor")
                .ifPresent(factor -> properties.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, factor));
        // Repartition and changelog records carry article text: zstd left a quarter fewer bytes on disk than lz4
        // in the bench (internal topics 13.6 against 18.4 times the raw) at a CPU cost lost in its noise. Only
        // a default: a prefixed value would beat a plain compression.type the user gave.
        if (settings.find(ProducerConfig.COMPRESSION_TYPE_CONFIG).isEmpty()) {
            properties.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "zstd");
        }
        properties.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, COMMIT_INTERVAL_MS);
        if (settings.find(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG).isEmpty()) {
            properties.put(StreamsConfig.producerPrefix(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG),
                    TRANSACTION_TIMEOUT_MS);
        }
        properties.putAll(settings.asProperties());
        // Each service has its own application id and stage, whatever a shared settings file says.
        properties.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        properties.put(STAGE_CONFIG, stage);
        return properties;
    }

    /** A KafkaStreams whose threads are replaced, not lost, when one dies of an unexpected exception. */
    public static KafkaStreams create(Topology topology, Properties properties) {
        KafkaStreams streams = new KafkaStreams(topology, properties);
        streams.setUncaughtExceptionHandler(error -> {
            LOG.error("stream thread of {} died; replacing it", properties.get(StreamsConfig.APPLICATION_ID_CONFIG),
                    error);
            return StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        return streams;
    }
}
