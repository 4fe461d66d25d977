package io.newsflow.schemas.serde;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newsflow.schemas.avro.Alert;
import io.newsflow.schemas.avro.DigestedDevelopment;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A story's digest (Alert v2, with the developments beyond the story's cap) as an Alert v1 reader sees it: a
 * DIGEST, a kind it knows, whose summary lists the developments; and a v1 alert as v2 reads it: no
 * developments.
 */
class AlertDigestEvolutionTest {
    private static final Instant AT = Instant.parse("2026-03-03T08:00:00Z");

    /** Building an alert resolves its defaults, among them the records of its digest's developments. */
    @BeforeAll
    static void trustGeneratedRecords() {
        AvroTrust.trustGeneratedRecords();
    }

    @Test
    void aReaderOfTheFirstReleaseReadsAStoryDigestAsADigestWithItsSummary() throws IOException {
        Schema v1 = ReleasedSchemas.of(Alert.getClassSchema().getFullName()).get(0);
        Alert digest = Alert.newBuilder().setAlertId("story-digest-1").setStoryId("story-ven").setKind("DIGEST")
                .setEntities(List.of()).setEvidence(List.of())
                .setSummary("2 more development(s) in this story: OFFER: Nicolás Maduro | ARREST_CRACKDOWN: VENCOP")
                .setFirstReportedAt(AT).setDetectedAt(AT).setSubscriptions(List.of("maduro"))
                .setDevelopments(List.of(
                        new DigestedDevelopment("dev-1", "OFFER", "OFFER: Nicolás Maduro", AT, List.of("Post")),
                        new DigestedDevelopment("dev-2", "ARREST_CRACKDOWN", "ARREST_CRACKDOWN: VENCOP", AT,
                                List.of("Wire"))))
                .build();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(bytes, null);
        new SpecificDatumWriter<>(Alert.class).write(digest, encoder);
        encoder.flush();

        GenericRecord old = new GenericDatumReader<GenericRecord>(Alert.getClassSchema(), v1)
                .read(null, DecoderFactory.get().binaryDecoder(bytes.toByteArray(), null));

        assertEquals("DIGEST", old.get("kind").toString());
        assertEquals("story-ven", old.get("storyId").toString());
        assertEquals(digest.getSummary(), old.get("summary").toString());
        assertNull(old.getSchema().getField("developments"));
    }

    @Test
    void anAlertOfTheFirstReleaseReadsWithNoDevelopments() throws IOException {
        Schema v1 = ReleasedSchemas.of(Alert.getClassSchema().getFullName()).get(0);
        GenericRecord written = new GenericData.Record(v1);
        written.put("alertId", "dev-1");
        written.put("storyId", "story-ven");
        written.put("kind", "NEW_DEVELOPMENT");
        written.put("eventType", "OFFER");
        written.put("entities", List.of());
        written.put("summary", "OFFER: Nicolás Maduro");
        written.put("evidence", List.of());
        written.put("priorState", "");
        written.put("firstReportedAt", AT.toEpochMilli());
        written.put("detectedAt", AT.toEpochMilli());
        written.put("latencyMillis", 0L);
        written.put("corroboration", 1);
        written.put("sources", List.of());
        written.put("subscriptions", List.of());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(bytes, null);
        new GenericDatumWriter<GenericRecord>(v1).write(written, encoder);
        encoder.flush();

        Alert current = new SpecificDatumReader<Alert>(v1, Alert.getClassSchema())
                .read(null, DecoderFactory.get().binaryDecoder(bytes.toByteArray(), null));

        assertEquals("NEW_DEVELOPMENT", current.getKind());
        assertEquals(List.of(), current.getDevelopments());
    }
}
