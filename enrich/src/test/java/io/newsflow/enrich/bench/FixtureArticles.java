package io.newsflow.enrich.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Articles for the JMH benchmarks, assembled in random order from the sentences of the fixture article: a
 * headline of one sentence, and a body of sentences (a paragraph break after about one in three) up to a size
 * in UTF-8 bytes. Deterministic for a seed.
 */
public final class FixtureArticles {
    private static final String FIXTURE = "/io/newsflow/enrich/tag/amnesty-article.txt";

    public record Article(String title, String body) {
    }

    private FixtureArticles() {
    }

    public static List<Article> assemble(int count, int bodyBytes, long seed) {
        List<String> sentences = sentences();
        Random random = new Random(seed);
        List<Article> articles = new ArrayList<>(count);
        for (int a = 0; a < count; a++) {
            String title = sentences.get(random.nextInt(sentences.size()));
            StringBuilder body = new StringBuilder(bodyBytes + 256);
            while (body.toString().getBytes(StandardCharsets.UTF_8).length < bodyBytes) {
                body.append(sentences.get(random.nextInt(sentences.size())));
                body.append(random.nextInt(3) == 0 ? "\n\n" : " ");
            }
            articles.add(new Article(title, body.toString()));
        }
        return articles;
    }

    private static List<String> sentences() {
        try (InputStream in = FixtureArticles.class.getResourceAsStream(FIXTURE)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            List<String> sentences = new ArrayList<>();
            for (String paragraph : text.split("\n\n")) {
                sentences.addAll(Arrays.asList(paragraph.trim().split("(?<=[.!?]) ")));
            }
            sentences.removeIf(String::isBlank);
            return sentences;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the fixture article " + FIXTURE, e);
        }
    }
}
