package io.newsflow.schemas.streams;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsflow.schemas.avro.DeadLetter;
import io.newsflow.schemas.topics.Topics;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler.Response;
import org.apache.kafka.streams.errors.ProductionExceptionHandler.Result;
import org.apache.kafka.streams.errors.ProductionExceptionHandler.SerializationExceptionOrigin;
import org.apache.kafka.streams.processor.TaskId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeadLetterProductionHandlerTest {
    /** The input record being processed when its output failed: article-7 from partition 2, offset 41. */
    private record Source(byte[] sourceRawKey, byte[] sourceRawValue) implements ErrorHandlerContext {
        @Override
        public String topic() {
            return "news.articles.enriched.v1";
        }

        @Override
        public int partition() {
            return 2;
        }

        @Override
        public long offset() {
            return 41;
        }

        @Override
        public Headers headers() {
            return new RecordHeaders();
        }

        @Override
        public String processorNodeId() {
            return "write-alerts";
        }

        @Override
        public TaskId taskId() {
            return new TaskId(0, 2);
        }

        @Override
        public long timestamp() {
            return 0;
        }
    }

    private static final byte[] KEY = "article-7".getBytes(StandardCharsets.UTF_8);
    private static final byte[] VALUE = "the enriched article".getBytes(StandardCharsets.UTF_8);

    private final DeadLetterProductionHandler handler = new DeadLetterProductionHandler();
    private final Source source = new Source(KEY, VALUE);

    @BeforeEach
    void configure() {
        configure(StreamsConfig.AT_LEAST_ONCE);
    }

    private void configure(String guarantee) {
        handler.configure(Map.of(StreamsConfig.APPLICATION_ID_CONFIG, "newsflow-alerts",
                StreamsDefaults.STAGE_CONFIG, "alerts",
                StreamsConfig.PROCESSING_GUARANTEE_CONFIG, guarantee,
                StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, Topics.DEAD_LETTERS));
    }

    @Test
    void aValueThatDoesNotSerializeBecomesADeadLetterNamingTheSinkAndProcessingGoesOn() {
        Response response = handler.handleSerializationError(source,
                new ProducerRecord<>("news.alerts.v1", "story-1", "not an alert"),
                new SerializationException("cannot write Alert: summary is null"), SerializationExceptionOrigin.VALUE);

        assertEquals(Result.RESUME, response.result());
        DeadLetter letter = onlyLetter(response);
        assertEquals("alerts", letter.getStage());
        assertEquals("serialization of value for news.alerts.v1", letter.getReason());
        assertEquals(SerializationException.class.getName(), letter.getErrorClass());
        assertEquals("cannot write Alert: summary is null", letter.getErrorMessage());
        assertEquals("news.articles.enriched.v1", letter.getTopic());
        assertEquals(2, letter.getPartition());
        assertEquals(41L, letter.getOffset());
        assertArrayEquals(VALUE, letter.getValue().array(), "the input, so the record can be replayed");
    }

    @Test
    void aValueThatDoesNotSerializeIsDeadLetteredUnderExactlyOnceToo() {
        configure(StreamsConfig.EXACTLY_ONCE_V2);

        Response response = handler.handleSerializationError(source,
                new ProducerRecord<>("news.alerts.v1", "story-1", "not an alert"),
                new SerializationException("cannot write Alert"), SerializationExceptionOrigin.KEY);

        assertEquals(Result.RESUME, response.result());
        assertEquals("serialization of key for news.alerts.v1", onlyLetter(response).getReason());
    }

    @Test
    void aRecordTheBrokerRefusesBecomesADeadLetterUnderAtLeastOnceAndProcessingGoesOn() {
        Response response = handler.handleError(source, new ProducerRecord<>("news.alerts.v1", KEY, new byte[64]),
                new RecordTooLargeException("the message is 2097152 bytes when serialized"));

        assertEquals(Result.RESUME, response.result());
        DeadLetter letter = onlyLetter(response);
        assertEquals("production to news.alerts.v1", letter.getReason());
        assertEquals(RecordTooLargeException.class.getName(), letter.getErrorClass());
        assertArrayEquals(KEY, letter.getKey().array());
    }

    @Test
    void aRecordTheBrokerRefusesUnderExactlyOnceFailsTheTaskForItCannotBeDeadLetteredInAFailedTransaction() {
        configure(StreamsConfig.EXACTLY_ONCE_V2);

        Response response = handler.handleError(source, new ProducerRecord<>("news.alerts.v1", KEY, new byte[64]),
                new RecordTooLargeException("the message is 2097152 bytes when serialized"));

        assertEquals(Result.FAIL, response.result());
        assertEquals(List.of(), response.deadLetterQueueRecords());
    }

    @Test
    void aTransientSendErrorIsRetriedNotDeadLettered() {
        Response response = handler.handleError(source, new ProducerRecord<>("news.alerts.v1", KEY, VALUE),
                new TimeoutException("expiring 1 record"));

        assertEquals(Result.RETRY, response.result());
        assertEquals(List.of(), response.deadLetterQueueRecords());
    }

    private static DeadLetter onlyLetter(Response response) {
        List<ProducerRecord<byte[], byte[]>> records = response.deadLetterQueueRecords();
        assertEquals(1, records.size());
        ProducerRecord<byte[], byte[]> record = records.get(0);
        assertEquals(Topics.DEAD_LETTERS, record.topic());
        assertArrayEquals(KEY, record.key(), "dead letters keep the input's key");
        return Topics.configure(Map.of()).deadLetters().valueSerde().deserializer()
                .deserialize(record.topic(), record.value());
    }
}
