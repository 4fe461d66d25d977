package io.newsflow.deploy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code newsflow bench} on a small stream, end to end on its own embedded broker and child JVMs: every
 * stage finishes and the report holds sane figures. No figure is compared with a speed: this machine's
 * load decides those.
 */
class BenchCommandIT {
    private static final int ARTICLES = 200;
    private static final int WARMUP = 20;
    private static final String NUMBER = "([\\d,]+(?:\\.\\d+)?)";

    private static CliRun run;

    @BeforeAll
    static void runTheBench() {
        run = CliRun.of("bench", "--articles", String.valueOf(ARTICLES), "--warmup", String.valueOf(WARMUP),
                "--live-seconds", "5", "--seed", "7", "--stage-timeout", "3m");
    }

    @Test
    void endsWellWithProgressOnTheWay() {
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("bench: loaded 220 articles"), run.out());
        for (String stage : List.of("(a) passthrough", "(b) enrich", "(c) alerts")) {
            assertTrue(run.out().contains("bench: " + stage + " done: "), stage + " finished\n" + run.out());
        }
    }

    @Test
    void everyStageHasARowWithARateAndCpu() {
        for (String stage : List.of("(a) passthrough", "(b) enrich", "(c) alerts")) {
            List<Double> row = row(stage);
            assertTrue(row.get(0) > 0, stage + " records/s");
            assertTrue(row.get(1) > 0, stage + " MB/s");
            assertTrue(row.get(2) > 0, stage + " CPU ms per record");
            assertTrue(row.get(3) <= row.get(2), stage + " JIT compiler CPU is part of the stage's CPU");
            assertTrue(row.get(6) > 0, stage + " peak heap");
        }
    }

    @Test
    void enrichWritesInternalRecordsForEveryArticleAndThePassthroughNone() {
        assertTrue(row("(b) enrich").get(4) > 0);
        assertEquals(0.0, row("(a) passthrough").get(4));
        assertTrue(run.out().lines().anyMatch(line -> line.startsWith("(b) enrich") && line.contains(" repartition ")));
        assertTrue(run.out().lines().anyMatch(line -> line.startsWith("(b) enrich") && line.contains(" changelog ")));
        Matcher totals = find("totals: internal records per article " + NUMBER + "; internal bytes / raw bytes "
                + NUMBER);
        assertTrue(number(totals.group(1)) > 0 && number(totals.group(2)) > 0);
        Matcher outputs = find("outputs on disk after the backlog: news.articles.enriched.v1 " + NUMBER
                + " MB, news.stories.articles.v1 " + NUMBER + " MB, .*; internal \\+ outputs / raw bytes " + NUMBER);
        assertTrue(number(outputs.group(1)) > 0 && number(outputs.group(2)) > 0, "enrich published articles");
        assertTrue(number(outputs.group(3)) > number(totals.group(2)), "the outputs add to the internal bytes");
    }

    @Test
    void ratiosToThePassthroughArePrinted() {
        Matcher ratios = find("ratios \\(records/s\\): \\(b\\)/\\(a\\) = " + NUMBER + ", \\(c\\)/\\(a\\) = " + NUMBER);
        assertTrue(number(ratios.group(1)) > 0 && number(ratios.group(2)) > 0);
    }

    @Test
    void enrichFinishesEveryArticleAndFindsTheCopies() {
        Matcher enrich = find("enrich: " + NUMBER + " articles in -> " + NUMBER + " enriched \\+ " + NUMBER
                + " duplicates \\+ " + NUMBER + " dead letters");
        assertEquals(ARTICLES + WARMUP, number(enrich.group(1)));
        assertEquals(ARTICLES + WARMUP, number(enrich.group(2)) + number(enrich.group(3)));
        assertTrue(number(enrich.group(3)) > 0, "duplicates found");
        assertEquals(0.0, number(enrich.group(4)));
    }

    /**
     * Alerts' stage ends when development tracking has looked at every article, not when its group has read
     * them: by then the alerts those articles cause are written.
     */
    @Test
    void alertsFinishesTheDevelopmentsOfEveryEnrichedArticle() {
        Matcher alerts = find("alerts: " + NUMBER + " of " + NUMBER + " enriched articles compared with their stories, "
                + NUMBER + " alerts written");
        assertTrue(number(alerts.group(2)) > 0);
        assertTrue(number(alerts.group(1)) >= number(alerts.group(2)), "every enriched article compared");
        assertTrue(number(alerts.group(3)) > 0, "the stories of the backlog gave alerts");
    }

    @Test
    void liveModeReportsLatencyPercentiles() {
        Matcher live = find("\\(d\\) live: " + NUMBER + " articles/s for 5 s, " + NUMBER + " fed: raw->enriched p50 "
                + NUMBER + " ms, p99 " + NUMBER + " ms");
        assertTrue(number(live.group(2)) > 0);
        assertTrue(number(live.group(3)) <= number(live.group(4)));
    }

    /** Live mode's own write amplification: what the fed articles cost the two services' internal topics. */
    @Test
    void liveModeReportsWhatTheFedArticlesWroteToInternalTopics() {
        Matcher internal = find("\\(d\\) live internal topics per fed article: enrich " + NUMBER + " records, " + NUMBER
                + " KB; alerts " + NUMBER + " records, " + NUMBER + " KB; internal bytes / raw bytes " + NUMBER);
        assertTrue(number(internal.group(1)) > 0, "enrich files, holds and orders every fed article");
        assertTrue(number(internal.group(2)) > 0);
        assertTrue(number(internal.group(3)) > 0, "alerts keeps each story's memory and digest");
        assertTrue(number(internal.group(5)) > 0);
        find("(?m)^    \\(b\\) enrich\\s+\\S+-(changelog|repartition)\\s+" + NUMBER + " rec");
    }

    /** The numbers of a stage's row of the summary table, in column order. */
    private static List<Double> row(String stage) {
        Matcher row = find("(?m)^" + Pattern.quote(stage) + "\\s+" + NUMBER + "\\s+" + NUMBER + "\\s+" + NUMBER
                + "\\s+" + NUMBER + "\\s+" + NUMBER + "\\s+" + NUMBER + "\\s+" + NUMBER);
        return List.of(number(row.group(1)), number(row.group(2)), number(row.group(3)), number(row.group(4)),
                number(row.group(5)), number(row.group(6)), number(row.group(7)));
    }

    private static Matcher find(String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(run.out());
        assertTrue(matcher.find(), "no match for " + regex + " in\n" + run.out());
        return matcher;
    }

    private static double number(String text) {
        return Double.parseDouble(text.replace(",", ""));
    }
}
