package io.newsflow.alerts.subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.schemas.avro.Subscription;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SubscriptionFileTest {
    private static final String EVENT_TYPES = "STATEMENT, OFFER, ACCEPT, REJECT, NEGOTIATION, SANCTIONS_IMPOSED, "
            + "SANCTIONS_EASED, LEGAL_ACTION, ARREST_CRACKDOWN, PROTEST, VIOLENCE, ELECTION_DISPUTE, "
            + "RESIGNATION_TRANSITION";
    private static final String TOPIC_RULE = "is not a Kafka topic name; give 1–249 characters of a-z, A-Z, 0-9, "
            + "'.', '_' and '-' (but not '.' or '..')";
    private static final String SENTIMENT_RULE = "give min ≤ max, each in [-1, 1]";

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
                    sources: Caribbean Wire
                    kinds: [new_development]
                    minCorroboration: 2
                    sentiment: {min: -1, max: 0.5}
                    outputTopic: alerts.venezuela-desk
                    webhook: http://127.0.0.1:8080/hook
                    throttle: {maxAlerts: 3, window: 30m}
                  - id: everything
                    throttle: {maxAlerts: "5"}
                """));

        Subscription desk = subscriptions.get(0);
        assertEquals("venezuela-desk", desk.getId());
        assertEquals(List.of("person:nicolas-maduro", "country:venezuela"), desk.getEntities());
        assertEquals(List.of("REJECT", "SANCTIONS_EASED"), desk.getEventTypes());
        assertEquals(List.of("Caribbean Wire"), desk.getSources(), "a single source needs no brackets");
        assertEquals(List.of("NEW_DEVELOPMENT"), desk.getKinds());
        assertEquals(2, desk.getMinCorroboration());
        assertEquals(-1.0, desk.getMinSentiment());
        assertEquals(0.5, desk.getMaxSentiment());
        assertEquals("alerts.venezuela-desk", desk.getOutputTopic());
        assertEquals("http://127.0.0.1:8080/hook", desk.getWebhookUrl());
        assertEquals(3, desk.getThrottleMaxAlerts());
        assertEquals(30 * 60_000L, desk.getThrottleWindowMillis());

        Subscription everything = subscriptions.get(1);
        assertEquals(List.of(), everything.getEntities());
        assertEquals(1, everything.getMinCorroboration());
        assertNull(everything.getWebhookUrl());
        assertEquals(5, everything.getThrottleMaxAlerts());
        assertEquals(3_600_000L, everything.getThrottleWindowMillis(), "the window defaults to an hour");
    }

    @Test
    void anEmptyListIsNoSubscriptions() throws Exception {
        assertEquals(List.of(), SubscriptionFile.read(write("subscriptions: []\n")));
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                mistake("unknown event type", "eventTypes: [REJECT, NOT_A_TYPE]",
                        "subscription 'desk': eventTypes: 'NOT_A_TYPE' is not an event type; allowed: " + EVENT_TYPES),
                mistake("corroboration below one", "minCorroboration: -3",
                        "subscription 'desk': minCorroboration: -3 is too small; give a whole number ≥ 1"),
                mistake("corroboration not whole", "minCorroboration: 2.5",
                        "subscription 'desk': minCorroboration: 2.5 is not a whole number; give a whole number ≥ 1"),
                mistake("corroboration as a list", "minCorroboration: [2]",
                        "subscription 'desk': minCorroboration: must be a whole number, not a list; "
                                + "give a whole number ≥ 1"),
                mistake("webhook not a URL", "webhook: \"not a url\"",
                        "subscription 'desk': webhook: 'not a url' is not an absolute http(s) URL; give one such as "
                                + "https://hooks.example.org/newsflow"),
                mistake("webhook not http", "webhook: ftp://files.example.org/hook",
                        "webhook: 'ftp://files.example.org/hook' is not an absolute http(s) URL"),
                mistake("webhook relative", "webhook: /hooks/newsflow",
                        "webhook: '/hooks/newsflow' is not an absolute http(s) URL"),
                mistake("sentiment min above max", "sentiment: {min: 0.5, max: -0.5}",
                        "subscription 'desk': sentiment: min 0.5 is above max -0.5; " + SENTIMENT_RULE),
                mistake("sentiment out of range", "sentiment: {min: -2}",
                        "subscription 'desk': sentiment.min: -2 is not allowed; " + SENTIMENT_RULE),
                mistake("sentiment not a number", "sentiment: {max: high}",
                        "subscription 'desk': sentiment.max: 'high' is not a number; " + SENTIMENT_RULE),
                mistake("sentiment not a mapping", "sentiment: 0.5",
                        "subscription 'desk': sentiment: must be a mapping of min, max (such as {min: ...}), "
                                + "not a number"),
                mistake("unknown sentiment field", "sentiment: {low: -1}",
                        "subscription 'desk': unknown field 'sentiment.low'; known fields: min, max"),
                mistake("topic with spaces", "outputTopic: \"bad topic name!\"",
                        "subscription 'desk': outputTopic: 'bad topic name!' " + TOPIC_RULE),
                mistake("topic too long", "outputTopic: " + "a".repeat(250), "outputTopic: '" + "a".repeat(250)
                        + "' " + TOPIC_RULE),
                mistake("topic '..'", "outputTopic: \"..\"", "outputTopic: '..' " + TOPIC_RULE),
                mistake("one of newsflow's topics", "outputTopic: news.subscriptions.v1",
                        "outputTopic: 'news.subscriptions.v1' is in a namespace kept for newsflow's and Kafka's own "
                                + "topics (names starting with news., newsflow-, __); give a topic of your own"),
                mistake("a Kafka internal topic", "outputTopic: __consumer_offsets",
                        "outputTopic: '__consumer_offsets' is in a namespace kept"),
                mistake("max alerts not a number", "throttle: {maxAlerts: ten}",
                        "subscription 'desk': throttle.maxAlerts: 'ten' is not a number; give a whole number ≥ 1"),
                mistake("max alerts zero", "throttle: {maxAlerts: 0, window: 1h}",
                        "subscription 'desk': throttle.maxAlerts: 0 is too small; give a whole number ≥ 1"),
                mistake("max alerts missing", "throttle: {window: 1h}",
                        "subscription 'desk': throttle.maxAlerts: missing; a throttle needs maxAlerts, "
                                + "a whole number ≥ 1"),
                mistake("window not a duration", "throttle: {maxAlerts: 2, window: soon}",
                        "subscription 'desk': throttle.window: 'soon' is not a duration; give a whole number ≥ 1 "
                                + "and a unit s, m, h or d, such as 30m, 1h or 1d"),
                mistake("window of nothing", "throttle: {maxAlerts: 2, window: 0h}",
                        "throttle.window: '0h' is not a duration"),
                mistake("throttle not a mapping", "throttle: 10",
                        "subscription 'desk': throttle: must be a mapping of maxAlerts, window"),
                mistake("unknown kind", "kinds: [NEW_STORY, DIGEST]",
                        "subscription 'desk': kinds: 'DIGEST' is not an alert kind; allowed: NEW_DEVELOPMENT, "
                                + "NEW_STORY"),
                mistake("misspelt field", "entites: [person:nicolas-maduro]",
                        "subscription 'desk': unknown field 'entites'; known fields: id, description, entities, "
                                + "eventTypes, keywords, sources, kinds, minCorroboration, sentiment, outputTopic, "
                                + "webhook, throttle"),
                mistake("entities as a mapping", "entities: {person: nicolas-maduro}",
                        "subscription 'desk': entities: must be a list such as [a, b], not a mapping"),
                mistake("keyword that is a list", "keywords: [amnesty, [oil, sanctions]]",
                        "subscription 'desk': keywords: item 2 is a list; each item must be text"),
                mistake("empty source", "sources: [\"\", Reuters]",
                        "subscription 'desk': sources: item 1 is empty; remove it or give text"),
                mistake("description as a list", "description: [a, b]",
                        "subscription 'desk': description: must be text, not a list"),
                file("missing id", "subscriptions:\n  - description: no id\n",
                        "subscription #1: id: missing; give every subscription a unique id (use letters, digits, "
                                + "'.', '_', ':' and '-', such as venezuela-desk)"),
                file("id with spaces", "subscriptions:\n  - id: venezuela desk\n",
                        "subscription 'venezuela desk': id: 'venezuela desk' is not a valid id; use letters, "
                                + "digits, '.', '_', ':' and '-', such as venezuela-desk"),
                file("id as a list", "subscriptions:\n  - id: [a, b]\n",
                        "subscription #1: id: must be text, not a list"),
                file("duplicate id", "subscriptions:\n  - id: desk\n  - id: other\n  - id: desk\n",
                        "subscription 'desk': id: 'desk' is also the id of subscription #1 (this is #3); "
                                + "ids must be unique"),
                file("entry that is not a mapping", "subscriptions:\n  - venezuela-desk\n",
                        "subscription #1: expected a mapping of fields (id: ..., ...), got text 'venezuela-desk'"),
                file("no subscriptions list", "nothing: here\n",
                        "the file: unknown top-level field 'nothing'; the file holds only 'subscriptions:'",
                        "the file: expected a top-level 'subscriptions:' list of subscription entries, found none"),
                file("subscriptions not a list", "subscriptions: {id: desk}\n",
                        "subscriptions: expected a top-level 'subscriptions:' list of subscription entries, "
                                + "found a mapping"),
                file("empty file", "", "the file: expected a top-level 'subscriptions:' list of subscription "
                        + "entries, found an empty file"),
                file("not YAML", "subscriptions: [\n", "is not valid YAML", "(line 2, column 1)",
                        "fix the syntax and try again"),
                file("a field given twice", "subscriptions:\n  - id: desk\n    kinds: [NEW_STORY]\n    kinds: []\n",
                        "is not valid YAML: Duplicate field 'kinds'"));
    }

    private static Arguments mistake(String name, String field, String... expected) {
        return file(name, "subscriptions:\n  - id: desk\n    " + field + "\n", expected);
    }

    private static Arguments file(String name, String yaml, String... expected) {
        return Arguments.of(name, yaml, List.of(expected));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void aMistakeIsRefusedNamingTheFileTheSubscriptionTheFieldAndWhatIsAllowed(String name, String yaml,
                                                                                List<String> expected)
            throws Exception {
        Path file = write(yaml);

        String message = assertThrows(IllegalArgumentException.class, () -> SubscriptionFile.read(file)).getMessage();

        assertTrue(message.startsWith(file.toString()), message);
        for (String part : expected) {
            assertTrue(message.contains(part), "expected «" + part + "» in:\n" + message);
        }
    }

    @Test
    void everyProblemOfAFileIsReportedAtOnceOneLineEach() throws Exception {
        Path file = write("""
                subscriptions:
                  - id: desk
                    eventTypes: [NOT_A_TYPE]
                    minCorroboration: -3
                    webhook: "not a url"
                    sentiment: {min: 0.5, max: -0.5}
                    outputTopic: "bad topic name!"
                  - id: digest
                    throttle: {maxAlerts: ten}
                """);

        List<String> lines = assertThrows(IllegalArgumentException.class, () -> SubscriptionFile.read(file))
                .getMessage().lines().toList();

        assertEquals(file + ": 6 problems; fix them and try again:", lines.get(0));
        assertEquals(List.of(
                "  " + file + ": subscription 'desk': eventTypes: 'NOT_A_TYPE' is not an event type; allowed: "
                        + EVENT_TYPES,
                "  " + file + ": subscription 'desk': minCorroboration: -3 is too small; give a whole number ≥ 1",
                "  " + file + ": subscription 'desk': outputTopic: 'bad topic name!' " + TOPIC_RULE
                        + ", such as alerts.venezuela-desk",
                "  " + file + ": subscription 'desk': webhook: 'not a url' is not an absolute http(s) URL; give one "
                        + "such as https://hooks.example.org/newsflow",
                "  " + file + ": subscription 'desk': sentiment: min 0.5 is above max -0.5; " + SENTIMENT_RULE,
                "  " + file + ": subscription 'digest': throttle.maxAlerts: 'ten' is not a number; "
                        + "give a whole number ≥ 1"), lines.subList(1, lines.size()));
    }

    @Test
    void aFileThatCannotBeReadSaysWhatToCheck() {
        Path missing = dir.resolve("nowhere.yaml");

        assertEquals("cannot read subscriptions file " + missing + ": no such file",
                assertThrows(IllegalArgumentException.class, () -> SubscriptionFile.read(missing)).getMessage());
        String unreadable = assertThrows(IllegalArgumentException.class, () -> SubscriptionFile.read(dir))
                .getMessage();
        assertTrue(unreadable.startsWith("cannot read subscriptions file " + dir), unreadable);
        assertTrue(unreadable.endsWith("check the path and that it is readable"), unreadable);
    }
}
