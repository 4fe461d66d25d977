package io.newsflow.enrich.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.enrich.dedup.ArrivalOrder;
import io.newsflow.enrich.dedup.DedupMember;
import io.newsflow.enrich.dedup.DuplicateMethod;
import io.newsflow.enrich.dedup.EarlierMatch;
import io.newsflow.enrich.dedup.MinHashSignature;
import io.newsflow.enrich.dedup.ProbeAnswer;
import io.newsflow.enrich.dedup.VerdictTally;
import io.newsflow.schemas.avro.RawArticle;
import io.newsflow.schemas.topics.Topics;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

/** The dedup-decide values as they cross the repartition topic and outlive a restart in the pending store. */
class DedupDecideSerdesTest {
    private static final EarlierMatch WIRE = new EarlierMatch("wire-001", new ArrivalOrder(1_000, 2, 40),
            Instant.parse("2026-11-20T08:00:00Z"), 0.75, DuplicateMethod.NEAR);
    private final Topics topics = Topics.configure(Map.of());
    private final DecideInputSerde inputs = new DecideInputSerde(topics.rawArticles().valueSerde(),
            topics.rawArticles().name());
    private final PendingVerdictSerde pending = new PendingVerdictSerde(topics.rawArticles().valueSerde(),
            topics.rawArticles().name());

    @Test
    void aLateMatchCrossesTheRepartitionTopicIntact() {
        DecideInput late = new DecideInput.Late(new ArrivalOrder(2_000, 0, 7), WIRE);
        assertEquals(late, inputs.deserializer().deserialize("t", inputs.serializer().serialize("t", late)));
    }

    @Test
    void anAnswerKeepsHowManyBucketsItSpeaksFor() {
        DecideInput answer = new DecideInput.Answer(new ArrivalOrder(2_000, 0, 7), ProbeAnswer.matched(WIRE), 11);
        assertEquals(answer, inputs.deserializer().deserialize("t", inputs.serializer().serialize("t", answer)));
    }

    /** Answers an earlier release left in the repartition topic (format 1) each came from one bucket. */
    @Test
    void aFormatOneAnswerSpeaksForOneBucket() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(1);
            out.writeByte(1);
            BinarySerde.writeOrder(new ArrivalOrder(2_000, 0, 7), out);
            out.writeBoolean(true);
            out.writeBoolean(false);
        }

        assertEquals(new DecideInput.Answer(new ArrivalOrder(2_000, 0, 7), ProbeAnswer.redelivery(), 1),
                inputs.deserializer().deserialize("t", bytes.toByteArray()));
    }

    @Test
    void aProbeCrossesTheBucketRepartitionTopicWithItsBucketsAndAnEarlierReleasesMemberStillReads() {
        BucketProbeSerde probes = new BucketProbeSerde();
        DedupMemberSerde members = new DedupMemberSerde();
        DedupMember member = new DedupMember("wire-002", new ArrivalOrder(2_000, 1, 9),
                Instant.parse("2026-11-20T09:00:00Z"), new MinHashSignature(new int[] {1, 65_535, 7}, 40));
        BucketProbe probe = new BucketProbe(member, List.of("x:ab", "b03:77"));

        assertEquals(probe, probes.deserializer().deserialize("t", probes.serializer().serialize("t", probe)));
        assertEquals(new BucketProbe(member, List.of()),
                probes.deserializer().deserialize("t", members.serializer().serialize("t", member)),
                "a member sent alone probes the bucket of its record key");
    }

    @Test
    void aHeldVerdictKeepsWhenItWasCompleteItsRecordTimestampAndFirstSeenTime() {
        PendingVerdict held = PendingVerdict.waiting(VerdictTally.empty().expecting(1)
                .with(ProbeAnswer.matched(WIRE))).heldSince(1_764_000_000_000L, 1_763_000_000_000L,
                1_762_000_000_000L);

        assertEquals(held, pending.deserializer().deserialize("s", pending.serializer().serialize("s", held)));
    }

    /** A held verdict of the release before first-seen times were kept is due at once after the upgrade. */
    @Test
    void aFormatTwoHeldVerdictReadsAsHeldSinceTheStartOfIngestsClock() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(2);
            out.writeInt(1);
            out.writeInt(1);
            out.writeBoolean(false);
            out.writeBoolean(false);
            out.writeBoolean(false);
            out.writeLong(1_764_000_000_000L);
            out.writeLong(1_763_000_000_000L);
        }

        PendingVerdict read = pending.deserializer().deserialize("s", bytes.toByteArray());

        assertTrue(read.isHeld());
        assertEquals(1_764_000_000_000L, read.completedAt());
        assertEquals(1_763_000_000_000L, read.recordTimestamp());
        assertEquals(0, read.firstSeenMillis());
    }

    /** Entries an earlier release left in the store (format 1) are read as verdicts still waiting. */
    @Test
    void aFormatOneEntryReadsAsAVerdictNotCompleteYet() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(1);
            out.writeInt(33);
            out.writeInt(5);
            out.writeBoolean(false);
            out.writeBoolean(false);
            out.writeBoolean(false);
        }

        PendingVerdict read = pending.deserializer().deserialize("s", bytes.toByteArray());

        assertEquals(new VerdictTally(33, 5, false, null), read.tally());
        assertNull(read.carriedArticle());
        assertFalse(read.isHeld());
    }

    /** Entries of the release before the held-articles store (format 3) carry the article, which still reads. */
    @Test
    void aFormatThreeEntryReadsWithTheArticleItCarries() {
        RawArticle article = RawArticle.newBuilder().setArticleId("wire-003").setUrl("https://wire.example/3")
                .setSource("Wire").setTitle("Port strike ends").setBody("Dockers went back to work on Monday.")
                .setPublishedAt(Instant.parse("2026-11-20T10:00:00Z"))
                .setFirstSeenAt(Instant.parse("2026-11-20T10:01:00Z")).build();
        PendingVerdict read = pending.deserializer().deserialize("s", FormatThreePendingEntry.of(topics.rawArticles(),
                article, 3, 1_764_000_000_000L, 1_763_000_000_000L, 1_762_000_000_000L));

        assertEquals(article, read.carriedArticle());
        assertEquals(new VerdictTally(3, 3, false, null), read.tally());
        assertEquals(1_762_000_000_000L, read.firstSeenMillis());
        assertEquals(read.withoutCarriedArticle(), pending.deserializer().deserialize("s",
                pending.serializer().serialize("s", read.withoutCarriedArticle())), "written again without it");
    }

    @Test
    void anUnknownFormatIsRefusedWithItsVersion() {
        SerializationException error = assertThrows(SerializationException.class,
                () -> pending.deserializer().deserialize("s", new byte[] {7, 0, 0}));
        assertEquals("PendingVerdictSerde cannot read format version 7 (expects 4)", error.getMessage());
    }
}
