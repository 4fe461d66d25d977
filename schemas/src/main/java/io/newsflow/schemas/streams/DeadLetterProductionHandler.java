package io.newsflow.schemas.streams;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A record whose key or value does not serialize at its sink goes to the dead-letter topic with the sink
 * and the reason; processing goes on. Serialization happens before the producer sees the record, so this
 * holds under exactly-once too.
 *
 * <p>A record the producer or broker refuses (too large, invalid) is dead-lettered the same way under
 * at-least-once. Under exactly-once the refusal has already failed the producer's transaction, so no
 * dead letter can be written in it: the handler says so and fails, and Kafka Streams retries the task
 * (measured on Kafka 4.4 with a record over {@code max.request.size}: the dead letter's own send fails
 * with "Cannot execute transactional method because we are in an error state"). Transient send errors
 * (timeouts, leader changes) are retried in every mode: the task is reprocessed from its last commit.
 */
public final class DeadLetterProductionHandler implements ProductionExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterProductionHandler.class);

    private DeadLetterRouting routing;
    private boolean exactlyOnce;

    @Override
    public void configure(Map<String, ?> configs) {
        routing = DeadLetterRouting.from(configs);
        exactlyOnce = StreamsConfig.EXACTLY_ONCE_V2.equals(configs.get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG));
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record,
                                Exception exception) {
        if (exception instanceof RetriableException) {
            return Response.retry();
        }
        if (exactlyOnce) {
            LOG.error("record of {}-{}@{} cannot be written to {} and, under exactly-once, cannot be dead-lettered "
                    + "either (the transaction has failed); its task will be retried: {}", context.topic(),
                    context.partition(), context.offset(), record.topic(), exception.toString());
            return Response.fail();
        }
        return Response.resume(routing.route("production to " + record.topic(), context, exception));
    }

    /** Kafka Streams declares the record raw here: its key and value are whatever failed to serialize. */
    @Override
    @SuppressWarnings("rawtypes")
    public Response handleSerializationError(ErrorHandlerContext context, ProducerRecord record, Exception exception,
                                             SerializationExceptionOrigin origin) {
        return Response.resume(routing.route("serialization of " + origin.name().toLowerCase(Locale.ROOT) + " for "
                + record.topic(), context, exception, keyBytes(record.key())));
    }

    /** newsflow's keys are ids (strings); a record sent from a punctuation has no source key to keep instead. */
    private static byte[] keyBytes(Object key) {
        if (key instanceof String id) {
            return id.getBytes(StandardCharsets.UTF_8);
        }
        return key instanceof byte[] bytes ? bytes : null;
    }
}
