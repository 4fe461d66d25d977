package io.newsflow.enrich;

import io.newsflow.enrich.dedup.DedupSettings;
import io.newsflow.enrich.dedup.DedupVerdict;
import io.newsflow.enrich.dedup.DuplicateDetector;
import io.newsflow.enrich.story.StoryArticle;
import io.newsflow.enrich.story.StoryClusterer;
import io.newsflow.enrich.story.StorySettings;
import io.newsflow.enrich.support.Fixture;
import io.newsflow.enrich.support.LabelledNearDuplicates;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * Measures (not a test) the per-article CPU cost of dedup + story assignment with N articles already
 * stored, on one thread, and the near-duplicate accuracy on the labelled set. Usage:
 * {@code EnrichBench [stored sizes...]}, default 10000 1000000. Needs a heap of about 6 GB for a million.
 */
public final class EnrichBench {
    private static final int MEASURED = 20_000;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private final SyntheticNews news = new SyntheticNews();

    private EnrichBench() {
    }

    public static void main(String[] args) {
        long[] sizes = args.length == 0 ? new long[] {10_000, 1_000_000}
                : Arrays.stream(args).mapToLong(Long::parseLong).toArray();
        EnrichBench bench = new EnrichBench();
        System.out.println("near-duplicate accuracy (labelled set, 40 scripted copies per fixture): "
                + LabelledNearDuplicates.score(LabelledNearDuplicates.build(40), DedupSettings.defaults()));
        bench.run(30_000, "warm-up");
        double baseline = 0;
        for (long size : sizes) {
            double micros = bench.run(size, "measured");
            if (baseline == 0) {
                baseline = micros;
            } else {
                System.out.printf(Locale.ROOT, "ratio %d stored / %d stored: %.3f%n", size, sizes[0],
                        micros / baseline);
            }
        }
    }

    /**
     * Fills fresh indexes with {@code stored} articles, then measures the next MEASURED; returns CPU µs per
     * article. Thread CPU time, not wall time: the machine is shared, and time spent waiting for a core is
     * not cost.
     */
    private double run(long stored, String label) {
        CompactDedupIndex dedupIndex = new CompactDedupIndex((int) Math.min(Integer.MAX_VALUE / 2, stored * 32 + 64));
        CompactStoryIndex storyIndex = new CompactStoryIndex(StorySettings.defaults().storiesPerFeature());
        DuplicateDetector detector = new DuplicateDetector(DedupSettings.defaults(), dedupIndex);
        StoryClusterer clusterer = new StoryClusterer(StorySettings.defaults(),
                new CompactTermStatistics(SyntheticNews.DISTINCT_FEATURES), storyIndex);
        Timings fill = new Timings();
        long fillStart = System.nanoTime();
        for (long n = 0; n < stored; n++) {
            process(news.article(n), detector, clusterer, fill);
        }
        double fillSeconds = (System.nanoTime() - fillStart) / 1e9;
        Timings measured = new Timings();
        long wallStart = System.nanoTime();
        for (long n = stored; n < stored + MEASURED; n++) {
            process(news.article(n), detector, clusterer, measured);
        }
        double wallMicros = (System.nanoTime() - wallStart) / 1e3 / MEASURED;
        double micros = (measured.dedupNanos + measured.storyNanos) / 1e3 / MEASURED;
        System.out.printf(Locale.ROOT, "%s: stored=%d (originals %d, stories %d, fill %.0f s wall)%n"
                        + "  cpu per article: %.1f µs (dedup %.1f + story %.1f) = %.0f articles/s per core; "
                        + "wall %.1f µs (includes article generation and waiting for a core); %d of %d were copies%n",
                label, stored, dedupIndex.size(), storyIndex.size(), fillSeconds, micros,
                measured.dedupNanos / 1e3 / MEASURED, measured.storyNanos / 1e3 / MEASURED, 1e6 / micros,
                wallMicros, measured.copies, MEASURED);
        return micros;
    }

    /** CPU time spent in dedup and in story assignment. */
    private static final class Timings {
        long dedupNanos;
        long storyNanos;
        int copies;
    }

    private static void process(SyntheticNews.Article article, DuplicateDetector detector, StoryClusterer clusterer,
                                Timings timings) {
        Fixture text = article.text();
        long start = CPU.getCurrentThreadCpuTime();
        DedupVerdict verdict = detector.observe(text.id(), text.publishedAt(), text.title(), text.body());
        long deduped = CPU.getCurrentThreadCpuTime();
        timings.dedupNanos += deduped - start;
        if (verdict instanceof DedupVerdict.Original) {
            clusterer.assign(new StoryArticle(text.id(), text.source(), text.title(), text.body(),
                    text.publishedAt(), article.entities()));
            timings.storyNanos += CPU.getCurrentThreadCpuTime() - deduped;
        } else {
            timings.copies++;
        }
    }
}
