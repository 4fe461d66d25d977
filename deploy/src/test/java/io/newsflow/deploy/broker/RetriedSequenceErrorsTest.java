package io.newsflow.deploy.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.Logger;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.NullConfiguration;
import org.apache.logging.log4j.core.config.Property;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RetriedSequenceErrorsTest {
    /** The broker's message for a batch that came before its producer's first one (Kafka 4.x). */
    private static final String RETRIED = "Invalid sequence number for producer 2 at offset 10 in partition "
            + "newsflow-alerts-alerts-by-story-repartition-1: 2 (incoming seq. number). Expected sequence 0 for "
            + "transactions v2 idempotent producer with no existing state.";
    /** A gap in a producer's sequence that is not the retried first-batch case: a real problem. */
    private static final String GAP = "Out of order sequence number for producer 1674 at offset 548171 in "
            + "partition warnings-topic-0: 51 (incoming seq. number), 49 (current end sequence number)";

    private final List<LogEvent> written = new CopyOnWriteArrayList<>();
    private LoggerContext context;

    @BeforeEach
    void startContext() {
        context = new LoggerContext("retried-sequence-errors-test");
        context.start(new NullConfiguration());
        AbstractAppender recorder = new AbstractAppender("recorder", null, null, true, Property.EMPTY_ARRAY) {
            @Override
            public void append(LogEvent event) {
                written.add(event.toImmutable());
            }
        };
        recorder.start();
        context.getConfiguration().getRootLogger().addAppender(recorder, Level.ALL, null);
        context.getConfiguration().getRootLogger().setLevel(Level.ALL);
        context.updateLoggers();
    }

    @AfterEach
    void stopContext() {
        context.stop();
    }

    @Test
    void theRetriedFirstBatchIsNotLoggedAndEveryOtherAppendErrorIs() {
        RetriedSequenceErrors.installOn(context);
        Logger appends = context.getLogger(RetriedSequenceErrors.APPEND_LOGGER);
        String line = "[ReplicaManager broker=1] Error processing append operation on partition p-1";

        appends.error(line, new OutOfOrderSequenceException(RETRIED));
        appends.error(line, new OutOfOrderSequenceException(GAP));
        appends.error(line, new RecordTooLargeException("too large"));
        appends.error("no exception at all");

        assertEquals(List.of(GAP, "too large", "none"), written.stream()
                .map(event -> event.getThrown() == null ? "none" : event.getThrown().getMessage()).toList());
    }

    @Test
    void installingTwiceFiltersOnceAndOtherLoggersAreUntouched() {
        RetriedSequenceErrors.installOn(context);
        RetriedSequenceErrors.installOn(context);
        context.getLogger(RetriedSequenceErrors.APPEND_LOGGER).error("append", new OutOfOrderSequenceException(GAP));
        context.getLogger("io.newsflow.any").error("client", new OutOfOrderSequenceException(RETRIED));

        assertEquals(List.of("append", "client"), written.stream().map(event -> event.getMessage()
                .getFormattedMessage()).toList());
    }

    @Test
    void anotherLoggingBackEndIsLeftAlone() {
        RetriedSequenceErrors.installOn(new Object());
        context.getLogger(RetriedSequenceErrors.APPEND_LOGGER).error("append", new OutOfOrderSequenceException(RETRIED));

        assertEquals(1, written.size());
    }
}
