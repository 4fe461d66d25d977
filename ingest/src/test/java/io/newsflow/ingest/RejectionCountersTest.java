package io.newsflow.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.ingest.model.RejectionReason;
import io.newsflow.ingest.publish.IngestMetrics;
import io.newsflow.ingest.publish.TestPipelines;
import io.newsflow.ingest.source.FileIngestor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingest exports its rejection counters at zero from the start, on the tags real rejections use. */
class RejectionCountersTest {
    @TempDir
    Path dir;

    @Test
    void everyReasonIsExportedAtZeroForEverySourceBeforeAnythingIsRejected() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        new IngestMetrics(registry).registerRejections(RejectionSources.all());

        for (String source : RejectionSources.all()) {
            for (RejectionReason reason : RejectionReason.values()) {
                Counter counter = registry.find(IngestMetrics.REJECTED)
                        .tags("source", source, "reason", reason.code()).counter();
                assertNotNull(counter, source + " " + reason.code() + " is registered");
                assertEquals(0, counter.count());
            }
        }
        assertEquals(RejectionSources.all().size() * RejectionReason.values().length,
                rejectedCounters(registry).size());
    }

    @Test
    void realRejectionsCountOnTheCountersRegisteredAtZero() throws IOException {
        TestPipelines test = new TestPipelines();
        new IngestMetrics(test.meters).registerRejections(RejectionSources.all());
        int registered = rejectedCounters(test.meters).size();
        Files.writeString(dir.resolve("bad.jsonl"), "{not json\n");
        Files.writeString(dir.resolve("untitled.html"), "<html><body><article><p>Text.</p></article></body></html>");
        Files.write(dir.resolve("latin1.txt"), new byte[] {'C', 'a', 'f', (byte) 0xE9});
        Files.writeString(dir.resolve("empty-item.xml"), "<rss><channel><item>");
        Files.writeString(dir.resolve("not-a-feed.xml"), "plain words");
        FileIngestor files = new FileIngestor(test.pipeline, FileIngestor.DEFAULT_MAX_INPUT_BYTES);

        files.ingestDirectory(dir);
        files.ingestDirectory(dir.resolve("missing-dir"));
        files.ingestFile(dir.resolve("missing-file"));
        long rejected = test.pipeline.finish().rejected();

        assertEquals(registered, rejectedCounters(test.meters).size(), "no rejection needed a counter of its own");
        assertEquals(Set.of("directory unreadable", "feed invalid-feed", "file unreadable", "html missing-title",
                "jsonl invalid-json", "page-text invalid-utf8", "rss missing-body"), counted(test.meters));
        assertEquals(7, rejected);
    }

    private static Collection<Counter> rejectedCounters(SimpleMeterRegistry registry) {
        return registry.find(IngestMetrics.REJECTED).counters();
    }

    /** "source reason" of each rejected counter above zero. */
    private static Set<String> counted(SimpleMeterRegistry registry) {
        Set<String> counted = new TreeSet<>();
        for (Counter counter : rejectedCounters(registry)) {
            if (counter.count() > 0) {
                counted.add(counter.getId().getTag("source") + " " + counter.getId().getTag("reason"));
            }
        }
        return counted;
    }
}
