package io.newsflow.deploy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsflow.deploy.run.PipelineSession;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ReplayProgressTest {
    @Test
    void aLineEveryFewSecondsWithCountsAndTheRateSinceTheLastLine() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        AtomicLong clock = new AtomicLong();
        AtomicInteger alertLookups = new AtomicInteger();
        ReplayProgress progress = new ReplayProgress(new PrintStream(printed, true, StandardCharsets.UTF_8),
                () -> alertLookups.incrementAndGet() * 10, 5, clock::get);

        for (long quarterSecond = 1; quarterSecond <= 40; quarterSecond++) {
            clock.set(quarterSecond * 250_000_000L);
            progress.accept(new PipelineSession.Progress(1_500, quarterSecond * 25, quarterSecond * 20));
        }

        assertEquals("""
                replay: enrich 500 of 1,500 articles (100/s), alerts compared 400, alerts written 10
                replay: enrich 1,000 of 1,500 articles (100/s), alerts compared 800, alerts written 20
                """, printed.toString(StandardCharsets.UTF_8));
        assertEquals(2, alertLookups.get(), "the alerts topic is read only for a printed line");
    }
}
