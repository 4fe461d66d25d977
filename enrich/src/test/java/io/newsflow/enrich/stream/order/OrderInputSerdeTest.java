package io.newsflow.enrich.stream.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.schemas.topics.Topics;
import java.util.Map;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class OrderInputSerdeTest {
    private final OrderInputSerde serde = new OrderInputSerde(Topics.configure(Map.of()).enrichedArticles().valueSerde());

    @Test
    void aHoldReportComesBackAsItWasSent() {
        OrderInput.Holding holding = new OrderInput.Holding(new HoldReport(2, 1_700_000_000_123L, HoldReport.NOTHING));
        byte[] bytes = serde.serializer().serialize("t", holding);
        assertEquals(holding, serde.deserializer().deserialize("t", bytes));
        assertEquals(21, bytes.length, "a report costs 21 bytes on the story topic");
    }

    @Test
    void aRecordThatIsNeitherIsRefusedNamingTheTopicAndTheTag() {
        SerializationException refused = assertThrows(SerializationException.class,
                () -> serde.deserializer().deserialize("story-serial", new byte[] {7, 1, 2}));
        assertTrue(refused.getMessage().contains("story-serial") && refused.getMessage().contains("tag 7"),
                refused.getMessage());
    }
}
