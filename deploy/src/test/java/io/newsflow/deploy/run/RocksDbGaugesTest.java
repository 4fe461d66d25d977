package io.newsflow.deploy.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The RocksDB gauges a scrape could read from a store being closed are never registered; others are. */
class RocksDbGaugesTest {
    @Test
    void aStoresRocksDbGaugeIsDeniedAndAThreadGaugeIsKept() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        registry.config().meterFilter(RocksDbGauges.DENY);
        AtomicInteger reads = new AtomicInteger();
        Gauge.builder("kafka.stream.state.estimate.num.keys", reads, AtomicInteger::incrementAndGet)
                .tag("rocksdb-window-state-id", "dedup-members").tag("task-id", "1_0").register(registry);
        Gauge.builder("kafka.stream.thread.process.rate", () -> 4.0).tag("thread-id", "t1").register(registry);

        registry.getMeters().forEach(meter -> meter.measure().forEach(measurement -> measurement.getValue()));

        assertNull(registry.find("kafka.stream.state.estimate.num.keys").gauge());
        assertEquals(0, reads.get(), "the denied gauge is never read");
        assertNotNull(registry.find("kafka.stream.thread.process.rate").gauge());
    }
}
