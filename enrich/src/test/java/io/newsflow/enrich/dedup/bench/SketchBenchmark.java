package io.newsflow.enrich.dedup.bench;

import io.newsflow.enrich.bench.FixtureArticles;
import io.newsflow.enrich.dedup.ArticleSketch;
import io.newsflow.enrich.dedup.ArticleSketcher;
import io.newsflow.enrich.dedup.DedupSettings;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Dedup sketches (normalised words, shingle hashes, MinHash signature, exact fingerprint) per second on one
 * thread, with the default settings, over 3-KiB bodies of {@link FixtureArticles}. Run with
 * {@code java -cp <test classpath> org.openjdk.jmh.Main SketchBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 3)
public class SketchBenchmark {
    private static final int ARTICLE_BYTES = 3 * 1024;
    private static final int ARTICLES = 64;

    private ArticleSketcher sketcher;
    private String[] bodies;
    private int next;

    @Setup
    public void setUp() {
        sketcher = new ArticleSketcher(DedupSettings.defaults());
        bodies = FixtureArticles.assemble(ARTICLES, ARTICLE_BYTES, 42).stream().map(FixtureArticles.Article::body)
                .toArray(String[]::new);
    }

    @Benchmark
    public ArticleSketch sketchArticle() {
        int a = next;
        next = (next + 1) % ARTICLES;
        return sketcher.sketch("", bodies[a]);
    }
}
