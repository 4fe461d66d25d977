package io.newsflow.alerts.subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.schemas.avro.Subscription;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubscriptionFileTest {
    @TempDir
    Path dir;

    private Path write(String yaml) throws Exception {
        Path file = dir.resolve("subscriptions.yaml");
        Files.writeString(file, yaml);
        return file;
    }

    @Test
    void readsEveryField() throws Exception {
        List<Subscription> subscriptions = SubscriptionFile.read(write("""
                subscriptions:
                  - id: venezuela-desk
                    description: What Maduro's government does next
                    entities: [person:nicolas-maduro, country:venezuela]
                    eventTypes: [reject, SANCTIONS_EASED]
                    keywords: [amnesty]
                    sources: [Caribbean Wire]
                    kinds: [NEW_DEVELOPMENT]
                    minCorroboration: 2
                    sentiment: {min: -1, max: 0.5}
                    outputTopic: alerts.venezuela-desk
                    webhook: http://127.0.0.1:8080/hook
                    throttle: {maxAlerts: 3, window: 30m}
                  - id: everything
                """));

        Subscription desk = subscriptions.get(0);
        assertEquals("venezuela-desk", desk.getId());
        assertEquals(List.of("REJECT", "SANCTIONS_EASED"), desk.getEventTypes());
        assertEquals(2, desk.getMinCorroboration());
        assertEquals(0.5, desk.getMaxSentiment());
        assertEquals("alerts.venezuela-desk", desk.getOutputTopic());
        assertEquals(3, desk.getThrottleMaxAlerts());
        assertEquals(30 * 60_000L, desk.getThrottleWindowMillis());
        assertEquals(List.of(), subscriptions.get(1).getEntities());
    }

    @Test
    void mistakesNameTheFileTheSubscriptionAndTheField() throws Exception {
        Path typo = write("subscriptions:\n  - id: a\n    entites: [x]\n");
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> SubscriptionFile.read(typo));
        assertTrue(error.getMessage().contains(typo.toString()) && error.getMessage().contains("(a)")
                && error.getMessage().contains("unknown field 'entites'"), error.getMessage());

        Path badWindow = write("subscriptions:\n  - id: b\n    throttle: {maxAlerts: 2, window: soon}\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SubscriptionFile.read(badWindow)).getMessage()
                .contains("throttle.window"));

        Path twice = write("subscriptions:\n  - id: c\n  - id: c\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SubscriptionFile.read(twice)).getMessage()
                .contains("appears twice"));

        Path empty = write("nothing: here\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SubscriptionFile.read(empty)).getMessage()
                .contains("'subscriptions:'"));
    }
}
