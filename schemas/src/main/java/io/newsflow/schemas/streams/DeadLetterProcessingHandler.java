package io.newsflow.schemas.streams;

import java.util.Map;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;

/** A record that a processor throws on goes to the dead-letter topic with the reason; processing goes on. */
public final class DeadLetterProcessingHandler implements ProcessingExceptionHandler {
    private DeadLetterRouting routing;

    @Override
    public void configure(Map<String, ?> configs) {
        routing = DeadLetterRouting.from(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
        return Response.resume(routing.route("processing in " + context.processorNodeId(), context, exception));
    }
}
