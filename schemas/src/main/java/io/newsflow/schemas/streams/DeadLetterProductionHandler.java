package io.newsflow.schemas.streams;

import java.util.Locale;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;

/**
 * A record that cannot be written to its sink — its key or value does not serialize, or the broker refuses
 * it (too large, invalid) — goes to the dead-letter topic with the sink and the reason; processing goes on.
 * Transient send errors (timeouts, leader changes) are retried instead: Kafka Streams then reprocesses the
 * task from its last commit, so nothing is lost and nothing that could still succeed becomes a dead letter.
 */
public final class DeadLetterProductionHandler implements ProductionExceptionHandler {
    private DeadLetterRouting routing;

    @Override
    public void configure(Map<String, ?> configs) {
        routing = DeadLetterRouting.from(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record,
                                Exception exception) {
        if (exception instanceof RetriableException) {
            return Response.retry();
        }
        return Response.resume(routing.route("production to " + record.topic(), context, exception));
    }

    /** Kafka Streams declares the record raw here: its key and value are whatever failed to serialize. */
    @Override
    @SuppressWarnings("rawtypes")
    public Response handleSerializationError(ErrorHandlerContext context, ProducerRecord record, Exception exception,
                                             SerializationExceptionOrigin origin) {
        return Response.resume(routing.route("serialization of " + origin.name().toLowerCase(Locale.ROOT) + " for "
                + record.topic(), context, exception));
    }
}
