package io.newsflow.schemas.streams;

import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;

/** A record whose bytes cannot be read goes to the dead-letter topic with the reason; processing goes on. */
public final class DeadLetterDeserializationHandler implements DeserializationExceptionHandler {
    private DeadLetterRouting routing;

    @Override
    public void configure(Map<String, ?> configs) {
        routing = DeadLetterRouting.from(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record,
                                Exception exception) {
        return Response.resume(routing.route("deserialization", context, exception));
    }
}
