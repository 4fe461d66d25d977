package io.newsflow.enrich.tag.bench;

import io.newsflow.enrich.bench.FixtureArticles;
import io.newsflow.enrich.tag.ArticleTags;
import io.newsflow.enrich.tag.RuleBasedTagger;
import java.util.List;
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
 * Articles per second for entities, sentiment and events together, on one thread (one core), over
 * 5-KiB articles assembled in random order from the sentences of the fixture article. Run with
 * {@code java -cp <test classpath> org.openjdk.jmh.Main TaggingBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 3)
public class TaggingBenchmark {
    static final int ARTICLE_BYTES = 5 * 1024;
    private static final int ARTICLES = 64;

    private RuleBasedTagger tagger;
    private String[] titles;
    private String[] bodies;
    private int next;

    @Setup
    public void setUp() {
        tagger = RuleBasedTagger.bundled();
        List<FixtureArticles.Article> articles = FixtureArticles.assemble(ARTICLES, ARTICLE_BYTES, 42);
        titles = articles.stream().map(FixtureArticles.Article::title).toArray(String[]::new);
        bodies = articles.stream().map(FixtureArticles.Article::body).toArray(String[]::new);
    }

    @Benchmark
    public ArticleTags tagArticle() {
        int a = next;
        next = (next + 1) % ARTICLES;
        return tagger.tag(titles[a], bodies[a]);
    }
}
