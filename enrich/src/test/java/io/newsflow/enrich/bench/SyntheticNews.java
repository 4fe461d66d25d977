package io.newsflow.enrich.bench;

import io.newsflow.enrich.support.Fixture;
import io.newsflow.enrich.synthetic.SyndicationEdits;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Deterministic synthetic news for the benchmark: articles of about 400 words drawn from a Zipf-distributed
 * vocabulary, grouped five to a story (shared topic words and entities), one in twenty a syndicated copy
 * of a recent article. Article {@code n} is the same on every call, so nothing needs to be kept.
 */
final class SyntheticNews {
    private static final int VOCABULARY = 30_000;
    private static final int ENTITY_POOL = 100_000;
    /** Most distinct story features the articles can have: every word and every entity. */
    static final int DISTINCT_FEATURES = VOCABULARY + ENTITY_POOL;
    private static final int ARTICLES_PER_STORY = 5;
    private static final int COPY_EVERY = 20;
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final Duration SPACING = Duration.ofSeconds(1);
    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ra", "te", "su", "vo", "ne", "di", "pa", "ro",
        "chi", "gu", "be", "fa", "zo", "li", "mo", "ta", "re"};

    private final String[] words = new String[VOCABULARY];
    private final double[] cumulative = new double[VOCABULARY];
    private final SyndicationEdits edits = new SyndicationEdits();

    /** One article and its entity counts (what a tagger would have found). */
    record Article(Fixture text, Map<String, Integer> entities) {
    }

    SyntheticNews() {
        Random random = new Random(7);
        double total = 0;
        for (int i = 0; i < VOCABULARY; i++) {
            StringBuilder word = new StringBuilder();
            int length = 2 + random.nextInt(3);
            for (int s = 0; s < length; s++) {
                word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            words[i] = word.append(i).toString();
            total += 1.0 / (i + 1);
            cumulative[i] = total;
        }
        for (int i = 0; i < VOCABULARY; i++) {
            cumulative[i] /= total;
        }
    }

    Article article(long n) {
        if (n % COPY_EVERY == COPY_EVERY - 1) {
            Article original = original(n - 3);
            Fixture copy = original.text().syndicated(edits, "a" + n, new Random(n));
            return new Article(new Fixture(copy.id(), "Copy Desk", "", publishedAt(n), copy.title(), copy.body()),
                    original.entities());
        }
        return original(n);
    }

    private Article original(long n) {
        long story = n / ARTICLES_PER_STORY;
        Random storyRandom = new Random(story * 31 + 1);
        List<String> topic = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            topic.add(words[200 + storyRandom.nextInt(VOCABULARY - 200)]);
        }
        Map<String, Integer> entities = new LinkedHashMap<>();
        for (int i = 0; i < 4; i++) {
            entities.put("entity:" + storyRandom.nextInt(ENTITY_POOL), 1 + storyRandom.nextInt(5));
        }
        Random random = new Random(n * 7919 + 3);
        StringBuilder title = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            title.append(i % 2 == 0 ? topic.get(random.nextInt(topic.size())) : zipfWord(random)).append(' ');
        }
        StringBuilder body = new StringBuilder();
        for (int paragraph = 0; paragraph < 8; paragraph++) {
            for (int i = 0; i < 50; i++) {
                body.append(random.nextInt(10) == 0 ? topic.get(random.nextInt(topic.size())) : zipfWord(random))
                        .append(i % 12 == 11 ? ". " : " ");
            }
            body.append("\n\n");
        }
        Fixture text = new Fixture("a" + n, "Outlet " + (n % 40), "", publishedAt(n), title.toString().strip(),
                body.toString().strip());
        return new Article(text, entities);
    }

    private static Instant publishedAt(long n) {
        return START.plus(SPACING.multipliedBy(n));
    }

    private String zipfWord(Random random) {
        int index = Arrays.binarySearch(cumulative, random.nextDouble());
        return words[Math.min(VOCABULARY - 1, index < 0 ? -index - 1 : index)];
    }
}
