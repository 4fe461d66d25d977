package io.newsflow.enrich.tag.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Companion to {@link TaggingBenchmark} for shared machines: counts articles per second of this
 * thread's CPU time rather than of wall-clock time, so other load on the machine does not count
 * against the tagger. Prints every round after a warm-up, then their median. Run with
 * {@code java -cp <test classpath> io.newsflow.enrich.tag.bench.TaggingCpuTime}.
 */
public final class TaggingCpuTime {
    private static final long ROUND_CPU_NANOS = 3_000_000_000L;
    private static final int WARMUP_ROUNDS = 4;
    private static final int ROUNDS = 8;
    private static final int BATCH = 64;

    private TaggingCpuTime() {
    }

    public static void main(String[] args) throws Exception {
        TaggingBenchmark articles = new TaggingBenchmark();
        articles.setUp();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Double> rates = new ArrayList<>();
        int hashSink = 0;
        for (int round = 0; round < WARMUP_ROUNDS + ROUNDS; round++) {
            long start = threads.getCurrentThreadCpuTime();
            long tagged = 0;
            while (threads.getCurrentThreadCpuTime() - start < ROUND_CPU_NANOS) {
                for (int i = 0; i < BATCH; i++) {
                    hashSink += articles.tagArticle().entities().size();
                }
                tagged += BATCH;
            }
            double perCpuSecond = tagged / ((threads.getCurrentThreadCpuTime() - start) / 1e9);
            if (round >= WARMUP_ROUNDS) {
                rates.add(perCpuSecond);
                System.out.printf("round %d: %.0f articles per CPU-second%n", round - WARMUP_ROUNDS + 1, perCpuSecond);
            }
        }
        Collections.sort(rates);
        System.out.printf("median: %.0f articles per CPU-second (min %.0f, max %.0f; %d-byte bodies; checksum %d)%n",
                rates.get(rates.size() / 2), rates.get(0), rates.get(rates.size() - 1),
                TaggingBenchmark.ARTICLE_BYTES, hashSink);
    }
}
