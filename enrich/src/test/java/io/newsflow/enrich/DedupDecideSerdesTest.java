package io.newsflow.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.newsflow.enrich.dedup.ArrivalOrder;
import io.newsflow.enrich.dedup.DuplicateMethod;
import io.newsflow.enrich.dedup.EarlierMatch;
import io.newsflow.enrich.dedup.ProbeAnswer;
import io.newsflow.enrich.dedup.VerdictTally;
import io.newsflow.schemas.topics.Topics;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Instant;
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
    void aHeldVerdictKeepsWhenItWasCompleteAndItsRecordTimestamp() {
        PendingVerdict held = PendingVerdict.waiting(null, VerdictTally.empty().expecting(1)
                .with(ProbeAnswer.matched(WIRE))).heldSince(1_764_000_000_000L, 1_763_000_000_000L);

        assertEquals(held, pending.deserializer().deserialize("s", pending.serializer().serialize("s", held)));
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
        assertNull(read.article());
        assertFalse(read.isHeld());
    }

    @Test
    void anUnknownFormatIsRefusedWithItsVersion() {
        SerializationException error = assertThrows(SerializationException.class,
                () -> pending.deserializer().deserialize("s", new byte[] {7, 0, 0}));
        assertEquals("PendingVerdictSerde cannot read format version 7 (expects 2)", error.getMessage());
    }
}
