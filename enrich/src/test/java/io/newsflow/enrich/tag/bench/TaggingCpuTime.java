package io.newsflow.enrich.tag.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Companion to {@link TaggingBenchmark} for shared machines: counts articles per second of this
 * thread's CPU time rather than of wall-clock time, so other load on the machine does not count
 * against the tagger. Prints the best of several rounds after a warm-up. Run with
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
        double best = 0;
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
                best = Math.max(best, perCpuSecond);
                System.out.printf("round %d: %.0f articles per CPU-second%n", round - WARMUP_ROUNDS + 1, perCpuSecond);
            }
        }
        System.out.printf("best: %.0f articles per CPU-second (%d-byte bodies; checksum %d)%n", best,
                TaggingBenchmark.ARTICLE_BYTES, hashSink);
    }
}
