package io.newsflow.enrich.stream.order;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.Sentiment;
import io.newsflow.schemas.topics.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Story order as the story assignment sees it: articles come out in first-seen order, however they arrive,
 * and never while a holding step upstream still holds an earlier-seen one.
 */
class FirstSeenOrderProcessorTest {
    private static final Instant WALL_CLOCK_START = Instant.ofEpochMilli(1_000);
    private static final Duration TICK = FirstSeenOrderProcessor.RELEASE_INTERVAL;
    private static final FirstSeenOrder ORDER = new FirstSeenOrder("order-buffer", "order-schedule",
            Duration.ofMillis(100), 3, EnrichedArticle::getArticleId);

    private final Serde<EnrichedArticle> articles = Topics.configure(Map.of()).enrichedArticles().valueSerde();
    private final AtomicLong clock = new AtomicLong(0);
    private final ScriptedBacklog backlog = new ScriptedBacklog(-1, clock::get);
    private TopologyTestDriver driver;
    private TestInputTopic<String, OrderInput> in;
    private TestOutputTopic<String, EnrichedArticle> out;

    private void start(int holdingPartitions) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream("in", Consumed.with(Serdes.String(), new OrderInputSerde(articles)))
                .process(FirstSeenOrderProcessor.supplier(ORDER, articles, Duration.ofHours(1), backlog,
                        holdingPartitions), Named.as("order"))
                .to("out", Produced.with(Serdes.String(), articles));
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "first-seen-order-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        driver = new TopologyTestDriver(builder.build(), props, WALL_CLOCK_START);
        in = driver.createInputTopic("in", Serdes.String().serializer(), new OrderInputSerde(articles).serializer());
        out = driver.createOutputTopic("out", Serdes.String().deserializer(), articles.deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    @Test
    void anArticleWaitsWhileTheHoldingStepUpstreamStillHoldsAnEarlierSeenOne() {
        start(2);
        article("later", 2_000);
        report(0, 500, HoldReport.NOTHING);
        report(1, 500, 1_500);
        backlog.settleAsOf(2_000);
        clock.set(3_000);
        tick();
        assertEquals(List.of(), released(), "the reports are older than the settling they must follow");

        report(0, 3_100, HoldReport.NOTHING);
        report(1, 3_100, 1_500);
        tick();
        assertEquals(List.of(), released(), "partition 1 still holds an article first seen at 1,500");

        article("earlier", 1_500);
        report(1, 3_200, HoldReport.NOTHING);
        tick();
        assertEquals(List.of("earlier", "later"), released());
    }

    @Test
    void withNothingHeldUpstreamAnArticleGoesOnceTheInputsHaveSettled() {
        start(0);
        article("only", 2_000);
        tick();
        assertEquals(List.of(), released(), "nothing has settled yet");
        backlog.settleAsOf(WALL_CLOCK_START.plus(ORDER.settle()).toEpochMilli());
        tick();
        assertEquals(List.of("only"), released());
    }

    @Test
    void theSettleCountsFromWhenTheHoldingStepUpstreamBeganToHoldTheArticle() {
        start(0);
        driver.advanceWallClockTime(Duration.ofSeconds(2));
        long arrival = WALL_CLOCK_START.plusSeconds(2).toEpochMilli();
        long heldUpstreamSince = arrival - 800;
        article("held-upstream", 2_000, HeldSinceHeader.of(heldUpstreamSince));
        article("not-held-upstream", 2_100, new RecordHeaders());
        backlog.settleAsOf(heldUpstreamSince + ORDER.settle().toMillis());
        tick();
        assertEquals(List.of("held-upstream"), released(),
                "the inputs settled as of the upstream hold's start and the settle, but not as of the other's arrival");

        article("claims-a-later-start", 2_200, HeldSinceHeader.of(arrival + 60_000));
        backlog.settleAsOf(arrival + ORDER.settle().toMillis() + TICK.toMillis());
        tick();
        assertEquals(List.of("not-held-upstream", "claims-a-later-start"), released(),
                "a start after the arrival (another host's clock ahead) counts as the arrival");
    }

    @Test
    void aReadyArticleTakesEveryEarlierSeenOneHeldHereWithItInFirstSeenOrder() {
        start(0);
        article("later", 2_000);
        driver.advanceWallClockTime(Duration.ofSeconds(4));
        article("earlier", 1_500);
        backlog.settleAsOf(WALL_CLOCK_START.plusMillis(200).toEpochMilli());
        tick();
        assertEquals(List.of("earlier", "later"), released(),
                "the earlier article arrived after the settling, but the later one may not go before it");
    }

    private void article(String id, long firstSeenMillis) {
        article(id, firstSeenMillis, new RecordHeaders());
    }

    private void article(String id, long firstSeenMillis, Headers headers) {
        Instant firstSeen = Instant.ofEpochMilli(firstSeenMillis);
        in.pipeInput(new TestRecord<>(id, new OrderInput.Article(EnrichedArticle.newBuilder().setArticleId(id)
                .setUrl("https://example.org/" + id).setSource("Example").setTitle("Title of " + id)
                .setBody("Body of " + id).setPublishedAt(firstSeen).setFirstSeenAt(firstSeen).setStoryId("story-" + id)
                .setEntities(List.of()).setSentiment(new Sentiment(0.0, 0.0, 1.0, 0.0)).setEvents(List.of()).build()),
                headers, firstSeen));
    }

    private void report(int partition, long stamp, long lowestFirstSeen) {
        in.pipeInput(new TestRecord<>("holdings", new OrderInput.Holding(new HoldReport(partition, stamp,
                lowestFirstSeen)), Instant.ofEpochMilli(0)));
    }

    private void tick() {
        driver.advanceWallClockTime(TICK);
    }

    private List<String> released() {
        return out.readKeyValuesToList().stream().map(record -> record.key).toList();
    }
}
