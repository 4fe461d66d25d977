package io.newsflow.schemas.streams;

import io.newsflow.schemas.avro.DeadLetter;
import io.newsflow.schemas.topics.Topics;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the dead-letter handlers share: the configured dead-letter topic (KIP-1034's
 * {@code errors.dead.letter.queue.topic.name}), the stage name, and the serializer that turns the
 * failure into a {@link DeadLetter} record for Kafka Streams to produce inside the same transaction.
 * The dead letter keeps the bytes of the input record being processed, so it can be replayed from there.
 */
final class DeadLetterRouting {
    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterRouting.class);

    private final String topic;
    private final String stage;
    private final Serializer<DeadLetter> serializer;

    private DeadLetterRouting(String topic, String stage, Serializer<DeadLetter> serializer) {
        this.topic = topic;
        this.stage = stage;
        this.serializer = serializer;
    }

    static DeadLetterRouting from(Map<String, ?> configs) {
        Object topic = configs.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
        Object stage = configs.get(StreamsDefaults.STAGE_CONFIG);
        return new DeadLetterRouting(topic == null ? Topics.DEAD_LETTERS : topic.toString(),
                stage == null ? String.valueOf(configs.get(StreamsConfig.APPLICATION_ID_CONFIG)) : stage.toString(),
                Topics.configure(configs).deadLetters().valueSerde().serializer());
    }

    /**
     * The first word of a reason is its kind ("processing in track-developments" is "processing"): the meter
     * counts kinds, so that its tags stay few while the dead letter names the processor or the sink.
     */
    List<ProducerRecord<byte[], byte[]>> route(String reason, ErrorHandlerContext context, Exception error) {
        return route(reason, context, error, null);
    }

    /**
     * @param keyWithoutSource the key to keep when there is no source record (one a punctuation sent has
     *                         none): the dead letter is then still found by its article or story id
     */
    List<ProducerRecord<byte[], byte[]>> route(String reason, ErrorHandlerContext context, Exception error,
                                               byte[] keyWithoutSource) {
        byte[] key = context.sourceRawKey() != null ? context.sourceRawKey() : keyWithoutSource;
        LOG.warn("{}: {} of record {}-{}@{} failed, sent to {}: {}", stage, reason, context.topic(),
                context.partition(), context.offset(), topic, error.toString());
        DeadLetters.count(stage, reason.split(" ", 2)[0]);
        DeadLetter letter = DeadLetters.forRecord(stage, reason, key, context.sourceRawValue(),
                context.topic(), context.partition(), context.offset(), error, Instant.now());
        return List.of(new ProducerRecord<>(topic, null, key, serializer.serialize(topic, letter)));
    }
}
