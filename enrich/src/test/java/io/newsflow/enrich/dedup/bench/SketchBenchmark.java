package io.newsflow.enrich.dedup.bench;

import io.newsflow.enrich.dedup.ArticleSketch;
import io.newsflow.enrich.dedup.ArticleSketcher;
import io.newsflow.enrich.dedup.DedupSettings;
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
 * Dedup sketches (normalised words, shingle hashes, MinHash signature, exact fingerprint) per second on one
 * thread, with the default settings, over 3-KiB articles assembled in random order from the sentences of the
 * fixture article. Run with {@code java -cp <test classpath> org.openjdk.jmh.Main SketchBenchmark}.
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
    public void setUp() throws IOException {
        sketcher = new ArticleSketcher(DedupSettings.defaults());
        List<String> sentences = fixtureSentences();
        Random random = new Random(42);
        bodies = new String[ARTICLES];
        for (int a = 0; a < ARTICLES; a++) {
            StringBuilder body = new StringBuilder(ARTICLE_BYTES + 256);
            while (body.toString().getBytes(StandardCharsets.UTF_8).length < ARTICLE_BYTES) {
                body.append(sentences.get(random.nextInt(sentences.size())));
                body.append(random.nextInt(3) == 0 ? "\n\n" : " ");
            }
            bodies[a] = body.toString();
        }
    }

    @Benchmark
    public ArticleSketch sketchArticle() {
        int a = next;
        next = (next + 1) % ARTICLES;
        return sketcher.sketch("", bodies[a]);
    }

    private static List<String> fixtureSentences() throws IOException {
        try (InputStream in = SketchBenchmark.class.getResourceAsStream("/io/newsflow/enrich/tag/amnesty-article.txt")) {
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
