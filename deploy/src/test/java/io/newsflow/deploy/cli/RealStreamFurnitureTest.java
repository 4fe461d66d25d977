package io.newsflow.deploy.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.enrich.furniture.FurnitureSettings;
import io.newsflow.enrich.furniture.LearnedFurniture;
import io.newsflow.enrich.furniture.SourceLines;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Learned furniture on the generated stream's pages, learned as enrich learns it with the default settings:
 * each of three raw partitions (the default partitioner on the article id) keeps its own table per source.
 * The generator marks nothing, so its templates' lines are told by their openings. Articles repeat some
 * sentences verbatim (a story's stock phrases, a background paragraph), and a few of those may go; the
 * templates' lines must mostly go.
 */
class RealStreamFurnitureTest {
    private static final int PARTITIONS = 3;
    private static final Pattern TEMPLATE_LINE = Pattern.compile("^(Trending: |Read more: |We use cookies |Most read$"
            + "|\\d\\. |Subscribe to the Andes Today |Share this article |Reporting by Caribbean Wire ).*");

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {17, 1017})
    void mostTemplateLinesOfTheScrapedPagesAreDroppedAndAlmostNoArticleText(long seed) {
        LearnedFurniture furniture = new LearnedFurniture(FurnitureSettings.defaults());
        Map<String, SourceLines> tables = new TreeMap<>();
        Map<String, long[]> charactersPerSource = new TreeMap<>();
        List<String> textDropped = new ArrayList<>();
        int textLines = 0;
        int templateLines = 0;
        int templateDropped = 0;
        for (RealStreamGenerator.Article article : new RealStreamGenerator(seed).generate().articles()) {
            int partition = Utils.toPositive(Utils.murmur2(article.id().getBytes(StandardCharsets.UTF_8))) % PARTITIONS;
            SourceLines lines = tables.computeIfAbsent(partition + "/" + article.source(), key -> new SourceLines());
            String kept = "\n" + furniture.clean(lines, article.id(), article.body(), article.publishedAt()).text() + "\n";
            long[] characters = charactersPerSource.computeIfAbsent(article.source(), key -> new long[2]);
            characters[0] += article.body().length();
            for (String line : article.body().split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                boolean dropped = !kept.contains("\n" + line + "\n");
                characters[1] += dropped ? line.length() : 0;
                if (TEMPLATE_LINE.matcher(line).matches()) {
                    templateLines++;
                    templateDropped += dropped ? 1 : 0;
                } else {
                    textLines++;
                    if (dropped) {
                        textDropped.add(article.id() + ": " + line);
                    }
                }
            }
        }
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "seed %d: template lines dropped %d of %d (%.2f); article text lines dropped %d of %d %s", seed,
                templateDropped, templateLines, (double) templateDropped / templateLines, textDropped.size(),
                textLines, textDropped));
        charactersPerSource.forEach((source, characters) -> report.append(String.format(Locale.ROOT,
                "; %s: %.1f%% of characters dropped", source, 100.0 * characters[1] / characters[0])));
        System.out.println("learned furniture, " + report);
        assertTrue(textDropped.size() <= 0.01 * textLines, report.toString());
        assertTrue(templateDropped >= 0.6 * templateLines, report.toString());
    }
}
