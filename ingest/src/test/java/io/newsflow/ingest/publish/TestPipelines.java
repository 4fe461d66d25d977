package io.newsflow.ingest.publish;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/** A pipeline over a {@link RecordingSink} with a fixed clock, capturing its messages and meters. */
public final class TestPipelines {
    public static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");

    public final RecordingSink sink = new RecordingSink();
    public final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final ByteArrayOutputStream messages = new ByteArrayOutputStream();
    public final IngestPipeline pipeline;

    public TestPipelines() {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        PrintStream out = new PrintStream(messages, true, StandardCharsets.UTF_8);
        pipeline = new IngestPipeline(new ArticleAssembler(clock), sink, new IngestMetrics(meters),
                new ProgressReporter(clock, Duration.ofHours(1), out), out, clock);
    }

    public String messages() {
        return messages.toString(StandardCharsets.UTF_8);
    }

    public double count(String meter, String... tags) {
        var counter = meters.find(meter).tags(tags).counter();
        return counter == null ? 0 : counter.count();
    }
}
