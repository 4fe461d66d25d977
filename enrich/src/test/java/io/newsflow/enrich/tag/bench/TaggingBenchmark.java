package io.newsflow.enrich.tag.bench;

import io.newsflow.enrich.tag.ArticleTags;
import io.newsflow.enrich.tag.RuleBasedTagger;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
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
    public void setUp() throws IOException {
        tagger = RuleBasedTagger.bundled();
        List<String> sentences = fixtureSentences();
        Random random = new Random(42);
        titles = new String[ARTICLES];
        bodies = new String[ARTICLES];
        for (int a = 0; a < ARTICLES; a++) {
            titles[a] = sentences.get(random.nextInt(sentences.size()));
            StringBuilder body = new StringBuilder(ARTICLE_BYTES + 256);
            while (body.toString().getBytes(StandardCharsets.UTF_8).length < ARTICLE_BYTES) {
                body.append(sentences.get(random.nextInt(sentences.size())));
                body.append(random.nextInt(3) == 0 ? "\n\n" : " ");
            }
            bodies[a] = body.toString();
        }
    }

    @Benchmark
    public ArticleTags tagArticle() {
        int a = next;
        next = (next + 1) % ARTICLES;
        return tagger.tag(titles[a], bodies[a]);
    }

    private static List<String> fixtureSentences() throws IOException {
        try (InputStream in = TaggingBenchmark.class.getResourceAsStream("/io/newsflow/enrich/tag/amnesty-article.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String> sentences = new ArrayList<>();
            for (String paragraph : text.split("\n\n")) {
                sentences.addAll(Arrays.asList(paragraph.trim().split("(?<=[.!?]) ")));
            }
            sentences.removeIf(String::isBlank);
            return sentences;
        }
    }
}
