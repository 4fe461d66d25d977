package io.newsflow.deploy.broker;

import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.Filter;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.filter.AbstractFilter;
import org.apache.logging.log4j.core.filter.CompositeFilter;

/**
 * Drops the broker's ERROR for an append it turns down only so that the producer retries it. Since
 * KAFKA-18202 a transactions-v2 producer's batch that reaches a partition before its batch with sequence 0
 * (several batches in flight to a partition the producer has not written yet) is refused with a retriable
 * {@link OutOfOrderSequenceException}; the producer sends it again after the first and nothing is lost or
 * reordered. The broker still logs each refusal at ERROR with a stack trace, which on the embedded broker
 * lands in the middle of {@code newsflow demo} and {@code newsflow bench} whenever a Streams application
 * starts writing its internal topics. Every other append error is still logged.
 */
final class RetriedSequenceErrors extends AbstractFilter {
    /** The broker's wording for this case and no other (ProducerAppendInfo, Kafka 4.x). */
    static final String RETRIED_SEQUENCE = "for transactions v2 idempotent producer with no existing state";
    /** The logger the broker reports append errors on. */
    static final String APPEND_LOGGER = "kafka.server.ReplicaManager";

    private RetriedSequenceErrors() {
        super(Result.DENY, Result.NEUTRAL);
    }

    @Override
    public Result filter(LogEvent event) {
        Throwable thrown = event.getThrown();
        return thrown instanceof OutOfOrderSequenceException && thrown.getMessage() != null
                && thrown.getMessage().contains(RETRIED_SEQUENCE) ? onMatch : onMismatch;
    }

    /**
     * Adds the filter to the Log4j configuration that serves the broker's append logger, once per
     * configuration; does nothing when Log4j Core is not the logging back end.
     */
    static synchronized void installOn(Object loggerContext) {
        if (!(loggerContext instanceof LoggerContext context)) {
            return;
        }
        Configuration configuration = context.getConfiguration();
        LoggerConfig config = configuration.getLoggerConfig(APPEND_LOGGER);
        if (!APPEND_LOGGER.equals(config.getName())) {
            // A filter on the nearest ancestor ("kafka", or the root) would reach other loggers too.
            config = LoggerConfig.newBuilder().withLoggerName(APPEND_LOGGER).withLevel(config.getLevel())
                    .withAdditivity(true).withConfig(configuration).build();
            configuration.addLogger(APPEND_LOGGER, config);
        }
        if (!holds(config.getFilter())) {
            config.addFilter(new RetriedSequenceErrors());
            context.updateLoggers();
        }
    }

    static void install() {
        installOn(LogManager.getContext(false));
    }

    private static boolean holds(Filter filter) {
        if (filter instanceof RetriedSequenceErrors) {
            return true;
        }
        if (filter instanceof CompositeFilter composite) {
            for (Filter part : composite.getFiltersArray()) {
                if (part instanceof RetriedSequenceErrors) {
                    return true;
                }
            }
        }
        return false;
    }
}
