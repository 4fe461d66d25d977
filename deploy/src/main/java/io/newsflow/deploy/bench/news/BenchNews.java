package io.newsflow.deploy.bench.news;

import io.newsflow.enrich.synthetic.SyndicationEdits;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * The news stream {@code newsflow bench} feeds: about 3 KB articles of running stories from a dozen
 * outlets, one a minute of publication time; about one in five a syndicated near copy of a recent
 * article (new headline, trimmed or extended ending, words changed, ...) and one in twenty an exact
 * re-post on another site. Article {@code n} depends only on the seed and {@code n}, so nothing is kept
 * and a stream of any length costs no memory.
 */
public final class BenchNews {
    private static final Instant START = Instant.parse("2026-01-05T06:00:00Z");
    private static final Duration SPACING = Duration.ofMinutes(1);
    private static final double EXACT_SHARE = 0.05;
    private static final double NEAR_SHARE = 0.20;
    /** Copies are made of one of the last this-many articles, as syndication follows the wire within hours. */
    private static final int COPY_REACH = 30;
    /** About five originals per story, spread over twenty articles of the stream, three turns in each. */
    private static final int STORY_SPAN = 20;
    private static final int STORIES_OVERLAPPING = 4;
    private static final long KIND = 1;
    private static final long STORY = 2;
    private static final long TEXT = 3;
    private static final long COPY = 4;

    private final long seed;
    private final ArticleWriter writer = new ArticleWriter();
    private final SyndicationEdits edits = new SyndicationEdits();

    public BenchNews(long seed) {
        this.seed = seed;
    }

    public GeneratedArticle article(long n) {
        double draw = random(KIND, n).nextDouble();
        if (n < COPY_REACH || draw >= EXACT_SHARE + NEAR_SHARE) {
            return original(n);
        }
        Random random = random(COPY, n);
        GeneratedArticle original = original(recentOriginal(n, random));
        String outlet = otherOutlet(original.source(), random);
        Instant publishedAt = original.publishedAt().plus(Duration.ofMinutes(10 + random.nextInt(170)));
        if (draw < EXACT_SHARE) {
            return new GeneratedArticle(n, GeneratedArticle.Kind.EXACT_REPOST, original.index(),
                    url(outlet, publishedAt, original.title(), n), outlet, original.title(), original.body(), publishedAt);
        }
        SyndicationEdits.Copy copy = edits.syndicate(original.title(), original.body(), random);
        return new GeneratedArticle(n, GeneratedArticle.Kind.NEAR_COPY, original.index(),
                url(outlet, publishedAt, copy.title(), n), outlet, copy.title(), copy.body(), publishedAt);
    }

    private GeneratedArticle original(long n) {
        Random random = random(TEXT, n);
        long storyIndex = Math.max(0, n / (STORY_SPAN / STORIES_OVERLAPPING) - random.nextInt(STORIES_OVERLAPPING));
        Story story = Story.draw(random(STORY, storyIndex));
        long intoStory = Math.min(STORY_SPAN - 1, n - storyIndex * (STORY_SPAN / STORIES_OVERLAPPING));
        Development turn = story.turns().get((int) (intoStory * story.turns().size() / STORY_SPAN));
        ArticleWriter.Text text = writer.write(story, turn, random);
        String outlet = ArticleWriter.pick(NewsWorld.OUTLETS, random);
        Instant publishedAt = START.plus(SPACING.multipliedBy(n)).plusSeconds(random.nextInt(45));
        return new GeneratedArticle(n, GeneratedArticle.Kind.ORIGINAL, -1, url(outlet, publishedAt, text.title(), n),
                outlet, text.title(), text.body(), publishedAt);
    }

    private long recentOriginal(long n, Random random) {
        long candidate = n - 1 - random.nextInt(COPY_REACH);
        while (candidate > 0 && isCopy(candidate)) {
            candidate--;
        }
        return candidate;
    }

    private boolean isCopy(long n) {
        return n >= COPY_REACH && random(KIND, n).nextDouble() < EXACT_SHARE + NEAR_SHARE;
    }

    private static String otherOutlet(String outlet, Random random) {
        String other = ArticleWriter.pick(NewsWorld.OUTLETS, random);
        while (other.equals(outlet)) {
            other = ArticleWriter.pick(NewsWorld.OUTLETS, random);
        }
        return other;
    }

    private static String url(String outlet, Instant publishedAt, String title, long n) {
        String[] words = slug(title).split("-");
        String shortTitle = String.join("-", Arrays.copyOf(words, Math.min(6, words.length)));
        return "https://" + slug(outlet) + ".example/news/" + publishedAt.atOffset(ZoneOffset.UTC).toLocalDate()
                + "/" + shortTitle + "-" + n;
    }

    private static String slug(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    /** A generator for one purpose and one article, independent of every other (seed, purpose, n). */
    private Random random(long purpose, long n) {
        return new Random(new SplittableRandom(seed * 0x9E3779B97F4A7C15L + purpose * 0xBF58476D1CE4E5B9L + n)
                .nextLong());
    }
}
