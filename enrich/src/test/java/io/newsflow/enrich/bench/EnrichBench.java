package io.newsflow.enrich.bench;

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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Measures (not a test) the per-article CPU cost of dedup + story assignment with N articles already
 * stored, on one thread, and the near-duplicate accuracy on the labelled set. Usage:
 * {@code EnrichBench [stored sizes...]}, default 10000 1000000. Needs a heap of about 6 GB for a million.
 * The sizes are filled first and then measured in interleaved rounds (a batch on each size in turn), so
 * that the load of other jobs on a shared machine weighs on every size alike and the ratios stay honest.
 */
public final class EnrichBench {
    private static final int ROUNDS = 20;
    private static final int BATCH = 1_000;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static final SyntheticNews NEWS = new SyntheticNews();

    private EnrichBench() {
    }

    public static void main(String[] args) {
        long[] sizes = args.length == 0 ? new long[] {10_000, 1_000_000}
                : Arrays.stream(args).mapToLong(Long::parseLong).toArray();
        System.out.println("near-duplicate accuracy (labelled set, 40 scripted copies per fixture): "
                + LabelledNearDuplicates.score(LabelledNearDuplicates.build(40), DedupSettings.defaults()));
        List<Indexes> filled = new ArrayList<>();
        for (long size : sizes) {
            filled.add(Indexes.filled(size));
        }
        filled.forEach(indexes -> indexes.measure(BATCH));
        Map<Indexes, Timings> timings = new LinkedHashMap<>();
        filled.forEach(indexes -> timings.put(indexes, new Timings()));
        Map<Indexes, CountingIndexes> workBefore = new LinkedHashMap<>();
        filled.forEach(indexes -> workBefore.put(indexes, indexes.work.copy()));
        List<List<Double>> roundRatios = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            List<Double> perArticle = new ArrayList<>();
            for (Indexes indexes : filled) {
                Timings batch = indexes.measure(BATCH);
                timings.get(indexes).add(batch);
                perArticle.add(batch.cpuMicrosPerArticle());
            }
            roundRatios.add(perArticle.stream().map(micros -> micros / perArticle.get(0)).toList());
        }
        double baseline = timings.get(filled.get(0)).cpuMicrosPerArticle();
        for (int index = 0; index < filled.size(); index++) {
            Indexes indexes = filled.get(index);
            Timings total = timings.get(indexes);
            System.out.printf(Locale.ROOT, "stored=%d (fill %.0f s wall; now %d articles, %d stories)%n"
                            + "  cpu per article: %.1f µs (dedup %.1f + story %.1f) = %.0f articles/s per core; "
                            + "%d of %d measured were copies%n",
                    indexes.stored, indexes.fillSeconds, indexes.dedup.size(), indexes.stories.size(),
                    total.cpuMicrosPerArticle(), total.dedupMicrosPerArticle(), total.storyMicrosPerArticle(),
                    1e6 / total.cpuMicrosPerArticle(), total.copies, total.articles);
            System.out.println("  " + indexes.work.minus(workBefore.get(indexes)).perArticle(total.articles));
            if (index > 0) {
                int column = index;
                List<Double> ratios = roundRatios.stream().map(round -> round.get(column)).sorted().toList();
                System.out.printf(Locale.ROOT, "ratio %d stored / %d stored: %.3f (dedup %.3f, story %.3f); "
                                + "per round: min %.3f, median %.3f, max %.3f%n",
                        indexes.stored, filled.get(0).stored, total.cpuMicrosPerArticle() / baseline,
                        total.dedupMicrosPerArticle() / timings.get(filled.get(0)).dedupMicrosPerArticle(),
                        total.storyMicrosPerArticle() / timings.get(filled.get(0)).storyMicrosPerArticle(),
                        ratios.get(0), ratios.get(ratios.size() / 2), ratios.get(ratios.size() - 1));
            }
        }
    }

    /** Fresh indexes filled with a number of articles, and the next article to measure on them. */
    private static final class Indexes {
        final long stored;
        final CompactDedupIndex dedup;
        final CompactStoryIndex stories;
        final DuplicateDetector detector;
        final StoryClusterer clusterer;
        final CountingIndexes work = new CountingIndexes();
        double fillSeconds;
        long next;

        private Indexes(long stored) {
            this.stored = stored;
            this.dedup = new CompactDedupIndex((int) Math.min(Integer.MAX_VALUE / 2, stored * 33 + 64));
            this.stories = new CompactStoryIndex(StorySettings.defaults().storiesPerFeature());
            this.detector = new DuplicateDetector(DedupSettings.defaults(), work.counting(dedup));
            this.clusterer = new StoryClusterer(StorySettings.defaults(),
                    new CompactTermStatistics(SyntheticNews.DISTINCT_FEATURES), work.counting(stories));
        }

        static Indexes filled(long stored) {
            Indexes indexes = new Indexes(stored);
            long start = System.nanoTime();
            indexes.measure(stored);
            indexes.fillSeconds = (System.nanoTime() - start) / 1e9;
            return indexes;
        }

        /**
         * Processes the next articles and returns their cost in thread CPU time, not wall time: the machine
         * is shared, and time spent waiting for a core is not cost.
         */
        Timings measure(long articles) {
            Timings timings = new Timings();
            for (long end = next + articles; next < end; next++) {
                process(NEWS.article(next), detector, clusterer, timings);
            }
            return timings;
        }
    }

    /** CPU time spent in dedup and in story assignment. */
    private static final class Timings {
        long dedupNanos;
        long storyNanos;
        int copies;
        int articles;

        void add(Timings other) {
            dedupNanos += other.dedupNanos;
            storyNanos += other.storyNanos;
            copies += other.copies;
            articles += other.articles;
        }

        double dedupMicrosPerArticle() {
            return dedupNanos / 1e3 / articles;
        }

        double storyMicrosPerArticle() {
            return storyNanos / 1e3 / articles;
        }

        double cpuMicrosPerArticle() {
            return dedupMicrosPerArticle() + storyMicrosPerArticle();
        }
    }

    private static void process(SyntheticNews.Article article, DuplicateDetector detector, StoryClusterer clusterer,
                                Timings timings) {
        Fixture text = article.text();
        timings.articles++;
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
