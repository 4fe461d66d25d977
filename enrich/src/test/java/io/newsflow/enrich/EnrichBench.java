package io.newsflow.enrich;

import io.newsflow.enrich.dedup.DedupSettings;
import io.newsflow.enrich.dedup.DedupVerdict;
import io.newsflow.enrich.dedup.DuplicateDetector;
import io.newsflow.enrich.story.StoryArticle;
import io.newsflow.enrich.story.StoryClusterer;
import io.newsflow.enrich.story.StorySettings;
import io.newsflow.enrich.support.Fixture;
import io.newsflow.enrich.support.InMemoryTermStatistics;
import io.newsflow.enrich.support.LabelledNearDuplicates;
import java.util.Arrays;
import java.util.Locale;

/**
 * Measures (not a test) the per-article cost of dedup + story assignment with N articles already
 * stored, on one thread, and the near-duplicate accuracy on the labelled set. Usage:
 * {@code EnrichBench [stored sizes...]}, default 10000 1000000. Needs a heap of about 6 GB for a million.
 */
public final class EnrichBench {
    private static final int MEASURED = 20_000;
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

    /** Fills fresh indexes with {@code stored} articles, then times the next MEASURED; returns µs per article. */
    private double run(long stored, String label) {
        CompactDedupIndex dedupIndex = new CompactDedupIndex((int) Math.min(Integer.MAX_VALUE / 2, stored * 32 + 64));
        CompactStoryIndex storyIndex = new CompactStoryIndex();
        DuplicateDetector detector = new DuplicateDetector(DedupSettings.defaults(), dedupIndex);
        StoryClusterer clusterer = new StoryClusterer(StorySettings.defaults(), new InMemoryTermStatistics(),
                storyIndex);
        long fillStart = System.nanoTime();
        for (long n = 0; n < stored; n++) {
            process(n, detector, clusterer);
        }
        double fillSeconds = (System.nanoTime() - fillStart) / 1e9;
        long generation = 0;
        for (long n = stored; n < stored + MEASURED; n++) {
            long start = System.nanoTime();
            news.article(n);
            generation += System.nanoTime() - start;
        }
        int duplicates = 0;
        long start = System.nanoTime();
        for (long n = stored; n < stored + MEASURED; n++) {
            duplicates += process(n, detector, clusterer) ? 1 : 0;
        }
        double micros = ((System.nanoTime() - start) - generation) / 1e3 / MEASURED;
        System.out.printf(Locale.ROOT, "%s: stored=%d (originals %d, stories %d, fill %.0f s) -> %.1f µs/article "
                        + "dedup+story, %.0f articles/s on one core (%d of %d measured were copies)%n",
                label, stored, dedupIndex.size(), storyIndex.size(), fillSeconds, micros, 1e6 / micros, duplicates,
                MEASURED);
        return micros;
    }

    /** Runs one article through dedup and, if original, story assignment; true if it was a copy. */
    private boolean process(long n, DuplicateDetector detector, StoryClusterer clusterer) {
        SyntheticNews.Article article = news.article(n);
        Fixture text = article.text();
        DedupVerdict verdict = detector.observe(text.id(), text.publishedAt(), text.title(), text.body());
        if (verdict instanceof DedupVerdict.Original) {
            clusterer.assign(new StoryArticle(text.id(), text.source(), text.title(), text.body(),
                    text.publishedAt(), article.entities()));
            return false;
        }
        return true;
    }
}
