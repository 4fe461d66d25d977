package io.newsflow.enrich.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.enrich.dedup.ArrivalOrder;
import io.newsflow.enrich.dedup.DedupMember;
import io.newsflow.enrich.dedup.DedupSettings;
import io.newsflow.enrich.dedup.DuplicateMethod;
import io.newsflow.enrich.dedup.EarlierMatch;
import io.newsflow.enrich.dedup.LshBands;
import io.newsflow.enrich.dedup.MinHashSignature;
import io.newsflow.enrich.dedup.ProbeAnswer;
import io.newsflow.enrich.dedup.ProbeKeys;
import io.newsflow.enrich.dedup.VerdictTally;
import io.newsflow.schemas.avro.RawArticle;
import io.newsflow.schemas.topics.Topics;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

/** The dedup-decide values as they cross the repartition topic and outlive a restart in the pending store. */
class DedupDecideSerdesTest {
    private static final EarlierMatch WIRE = new EarlierMatch("wire-001", new ArrivalOrder(1_000, 2, 40),
            Instant.parse("2026-11-20T08:00:00Z"), 0.75, DuplicateMethod.NEAR);
    private static final DedupSettings DEDUP = DedupSettings.defaults();
    private static final DedupMember LONG_MEMBER = new DedupMember("wire-002", new ArrivalOrder(2_000, 1, 9),
            Instant.parse("2026-11-20T09:00:00Z"), new MinHashSignature(IntStream.range(0, DEDUP.bands() * DEDUP.rows())
                    .map(i -> (i * 7_919) & 0xFFFF).toArray(), 400));
    private static final List<String> BANDS = new LshBands(DEDUP.bands(), DEDUP.rows())
            .bucketKeys(LONG_MEMBER.signature());
    private static final String EXACT_KEY = "x:" + "ab".repeat(32);
    private final Topics topics = Topics.configure(Map.of());
    private final BucketProbeSerde probes = new BucketProbeSerde(new ProbeKeys(DEDUP));
    private final DedupMemberSerde members = new DedupMemberSerde();
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
        BucketProbe probe = new BucketProbe(LONG_MEMBER, List.of(EXACT_KEY, BANDS.get(3), BANDS.get(17),
                BANDS.get(31)));

        assertEquals(probe, probes.deserializer().deserialize("t", probes.serializer().serialize("t", probe)));
        assertEquals(new BucketProbe(LONG_MEMBER, List.of()),
                probes.deserializer().deserialize("t", members.serializer().serialize("t", LONG_MEMBER)),
                "a member sent alone probes the bucket of its record key");
    }

    /** Band keys are named by number and rebuilt from the signature: the exact key is most of what is left. */
    @Test
    void aProbesBandKeysAreRebuiltFromItsSignatureNotWritten() {
        BucketProbe allBands = new BucketProbe(LONG_MEMBER, BANDS);
        BucketProbe noBands = new BucketProbe(LONG_MEMBER, List.of());

        byte[] written = probes.serializer().serialize("t", allBands);

        assertEquals(allBands, probes.deserializer().deserialize("t", written));
        assertTrue(written.length - probes.serializer().serialize("t", noBands).length <= Long.BYTES,
                "32 band keys cost the bytes of one band mask");
    }

    /** Keys the signature does not give (another banding, out of order) are written whole and keep their place. */
    @Test
    void keysNoBandOfTheSignatureGivesAreKeptWholeInTheirOrder() {
        List<String> keys = List.of(BANDS.get(5), "b05:deadbeef", BANDS.get(2), EXACT_KEY, "b99:1");
        BucketProbe probe = new BucketProbe(LONG_MEMBER, keys);

        assertEquals(probe, probes.deserializer().deserialize("t", probes.serializer().serialize("t", probe)));
        BucketProbe shortSignature = new BucketProbe(new DedupMember("wire-003", new ArrivalOrder(3_000, 0, 1),
                Instant.parse("2026-11-20T09:05:00Z"), new MinHashSignature(new int[] {1, 65_535, 7}, 40)),
                List.of("x:ab", "b03:77"));
        assertEquals(shortSignature, probes.deserializer().deserialize("t",
                probes.serializer().serialize("t", shortSignature)));
    }

    /** Members stored and probes in flight before band keys were named by number read as they were written. */
    @Test
    void aFormatThreeProbeWithEveryKeyWrittenWholeStillReads() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(3);
            DedupMemberSerde memberFields = new DedupMemberSerde();
            memberFields.write(LONG_MEMBER, out);
            out.writeShort(2);
            out.writeUTF(EXACT_KEY);
            out.writeUTF(BANDS.get(7));
        }

        assertEquals(new BucketProbe(LONG_MEMBER, List.of(EXACT_KEY, BANDS.get(7))),
                probes.deserializer().deserialize("t", bytes.toByteArray()));
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
