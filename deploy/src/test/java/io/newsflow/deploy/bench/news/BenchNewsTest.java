package io.newsflow.deploy.bench.news;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class BenchNewsTest {
    private static final int ARTICLES = 2_000;
    private final List<GeneratedArticle> stream = LongStream.range(0, ARTICLES).mapToObj(new BenchNews(42)::article)
            .toList();

    @Test
    void theSameSeedGivesTheSameStreamAndAnotherSeedAnother() {
        assertEquals(stream.get(1_234), new BenchNews(42).article(1_234));
        assertNotEquals(stream.get(1_234).body(), new BenchNews(43).article(1_234).body());
    }

    @Test
    void aboutOneInFiveIsANearCopyAndOneInTwentyAnExactRepost() {
        Map<GeneratedArticle.Kind, Long> kinds = stream.stream()
                .collect(Collectors.groupingBy(GeneratedArticle::kind, Collectors.counting()));
        assertTrue(Math.abs(kinds.get(GeneratedArticle.Kind.NEAR_COPY) / (double) ARTICLES - 0.20) < 0.03, kinds::toString);
        assertTrue(Math.abs(kinds.get(GeneratedArticle.Kind.EXACT_REPOST) / (double) ARTICLES - 0.05) < 0.02,
                kinds::toString);
    }

    @Test
    void copiesComeFromEarlierOriginalsOnAnotherSite() {
        Map<Long, GeneratedArticle> byIndex = stream.stream()
                .collect(Collectors.toMap(GeneratedArticle::index, Function.identity()));
        for (GeneratedArticle article : stream) {
            if (article.kind() != GeneratedArticle.Kind.ORIGINAL) {
                GeneratedArticle original = byIndex.get(article.copyOf());
                assertEquals(GeneratedArticle.Kind.ORIGINAL, original.kind());
                assertTrue(original.index() < article.index());
                assertNotEquals(original.source(), article.source());
                if (article.kind() == GeneratedArticle.Kind.EXACT_REPOST) {
                    assertEquals(original.body(), article.body());
                } else {
                    assertNotEquals(original.title(), article.title());
                }
            }
        }
    }

    @Test
    void originalsAreDistinctArticlesOfAboutThreeKilobytesFromManyOutlets() {
        List<GeneratedArticle> originals = stream.stream()
                .filter(article -> article.kind() == GeneratedArticle.Kind.ORIGINAL).toList();
        assertEquals(originals.size(), originals.stream().map(GeneratedArticle::body).distinct().count());
        double meanBytes = originals.stream().mapToInt(article -> article.body().length()).average().orElseThrow();
        assertTrue(meanBytes > 2_500 && meanBytes < 3_500, "mean body " + meanBytes);
        assertTrue(stream.stream().map(GeneratedArticle::source).distinct().count() >= 10);
        Set<String> urls = new HashSet<>();
        stream.forEach(article -> assertTrue(urls.add(article.url()), article.url()));
    }

    @Test
    void publicationTimesSpreadOverDays() {
        assertTrue(stream.get(ARTICLES - 1).publishedAt().isAfter(stream.get(0).publishedAt().plusSeconds(86_400)));
    }
}
