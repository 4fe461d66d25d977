package io.newsflow.schemas.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsflow.schemas.avro.Alert;
import io.newsflow.schemas.avro.AlertEntity;
import io.newsflow.schemas.avro.DeadLetter;
import io.newsflow.schemas.avro.Evidence;
import io.newsflow.schemas.serde.AvroTrust;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RecordJsonTest {
    /** Building an alert resolves its defaults, among them the records of its digest's developments. */
    @BeforeAll
    static void trustGeneratedRecords() {
        AvroTrust.trustGeneratedRecords();
    }

    @Test
    void writesFieldsAsNamedInTheSchemaWithPlainValues() {
        Alert alert = Alert.newBuilder().setAlertId("dev-1").setStoryId("s1").setKind("NEW_DEVELOPMENT")
                .setEventType("REJECT").setEntities(List.of(new AlertEntity("person:x", "X", "ACTOR")))
                .setEvidence(List.of(new Evidence("a1", "https://e.org/1", "Wire", "X rejected it.")))
                .setFirstReportedAt(Instant.parse("2024-08-14T12:10:00Z")).setDetectedAt(Instant.EPOCH).build();

        String json = RecordJson.toJson(alert);

        assertEquals("{\"alertId\":\"dev-1\",\"storyId\":\"s1\",\"kind\":\"NEW_DEVELOPMENT\",\"eventType\":\"REJECT\","
                + "\"entities\":[{\"id\":\"person:x\",\"name\":\"X\",\"role\":\"ACTOR\"}],\"summary\":\"\","
                + "\"evidence\":[{\"articleId\":\"a1\",\"url\":\"https://e.org/1\",\"source\":\"Wire\","
                + "\"sentence\":\"X rejected it.\"}],\"priorState\":\"\",\"firstReportedAt\":\"2024-08-14T12:10:00Z\","
                + "\"detectedAt\":\"1970-01-01T00:00:00Z\",\"latencyMillis\":0,\"corroboration\":1,\"sources\":[],"
                + "\"subscriptions\":[],\"developments\":[]}", json);
    }

    @Test
    void bytesAreBase64AndMissingValuesNull() {
        DeadLetter letter = DeadLetter.newBuilder().setValue(ByteBuffer.wrap(new byte[] {1, 2, 3})).setStage("ingest")
                .setReason("invalid-json").setErrorClass("E").setErrorMessage("m").setOccurredAt(Instant.EPOCH).build();

        String json = RecordJson.toJson(letter);

        assertEquals(true, json.contains("\"value\":\"AQID\""));
        assertEquals(true, json.contains("\"key\":null"));
    }
}
