package io.newsflow.deploy.faults;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.alerts.stream.AlertsTopology;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults injected while output flows, each service in its own JVM on its own broker process: the
 * outcome, by article id and alert id, must be the one an uninterrupted run of the same input gives.
 * Every article exactly once across enriched + duplicates + dead letters, the same duplicate pairs,
 * the same alert ids, no alert twice. {@code -Dnewsflow.faults.articles=3000} runs the long variant.
 *
 * <p>Runs only with {@code -Dnewsflow.faults=on}: it is not yet green (alert ids after a restart differ
 * from the uninterrupted run's, and the broker kill has not completed a run), and it takes far longer than
 * the suite's budget; the issue "Reliability: a fault suite in CI" tracks making it part of CI.
 */
@EnabledIfSystemProperty(named = "newsflow.faults", matches = "on")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FaultSuiteIT {
    private static final int ARTICLES = Integer.getInteger("newsflow.faults.articles", 400);
    /** Slow enough that on a quiet machine output is still flowing when the fault comes (400 articles last 16 s). */
    private static final int PER_SECOND = 25;
    private static final long SEED = 16;
    private static final Duration QUIET = Duration.ofSeconds(5);
    private static final Duration LIMIT = Duration.ofMinutes(4);

    @TempDir
    static Path work;

    private final List<String> table = new ArrayList<>();
    private List<String> inputIds;
    private Outcome uninterrupted;
    private Duration lastRecovery;
    private double lastSeconds;

    @BeforeAll
    void runUninterrupted() throws Exception {
        inputIds = new NewsFeed(SEED, ARTICLES).ids();
        uninterrupted = run("uninterrupted", (cluster, ledger) -> Duration.ZERO);
        assertEquals(Map.of(), uninterrupted.notAccountedOnce(inputIds), "the uninterrupted run accounts for each");
        assertTrue(uninterrupted.alertIds().size() > 0, "the input makes alerts");
    }

    @Test
    void enrichKilledMidStream() throws Exception {
        check("kill -9 enrich", run("enrich-kill", (cluster, ledger) -> {
            awaitAccounted(cluster, ledger, ARTICLES / 3);
            cluster.kill("enrich-1");
            cluster.startEnrich("enrich-1");
            return untilMoreOutput(ledger);
        }));
    }

    @Test
    void alertsKilledMidStream() throws Exception {
        int some = Math.max(1, uninterrupted.alertIds().size() / 3);
        check("kill -9 alerts", run("alerts-kill", (cluster, ledger) -> {
            assertTrue(ledger.awaitUntil(() -> ledger.alerts() >= some, LIMIT), "alerts flowed: " + cluster.logs());
            cluster.kill("alerts-1");
            cluster.startAlerts("alerts-1");
            return untilMoreOutput(ledger);
        }));
    }

    @Test
    void brokerKilledMidStream() throws Exception {
        check("kill -9 broker", run("broker-kill", (cluster, ledger) -> {
            awaitAccounted(cluster, ledger, ARTICLES / 3);
            cluster.killBroker();
            cluster.startBroker();
            return untilMoreOutput(ledger);
        }));
    }

    @Test
    void enrichInstanceJoinsAndOneLeavesUnderLoad() throws Exception {
        check("enrich joins, then one killed", run("join-leave", (cluster, ledger) -> {
            awaitAccounted(cluster, ledger, ARTICLES / 4);
            cluster.startEnrich("enrich-2");
            awaitAccounted(cluster, ledger, ARTICLES * 2 / 3);
            cluster.kill("enrich-1");
            return untilMoreOutput(ledger);
        }));
    }

    private Outcome run(String name, Fault fault) throws Exception {
        Path dir = Files.createDirectories(work.resolve(name));
        long started = System.nanoTime();
        try (Cluster cluster = new Cluster(dir)) {
            cluster.startBroker();
            cluster.startEnrich("enrich-1");
            cluster.startAlerts("alerts-1");
            try (Ledger ledger = new Ledger(cluster.bootstrapServers(), cluster.topics());
                 NewsFeed feed = new NewsFeed(SEED, ARTICLES)) {
                feed.start(cluster.settings(), cluster.topics(), PER_SECOND);
                Duration recovery = fault.inject(cluster, ledger);
                feed.awaitWritten();
                String enriched = cluster.topics().enrichedArticles().name();
                Outcome outcome = ledger.settle(ARTICLES,
                        () -> cluster.caughtUp(AlertsTopology.APPLICATION_ID, enriched), QUIET, LIMIT);
                assertTrue(outcome.notAccountedOnce(inputIds).size() < ARTICLES / 2,
                        name + ": the pipeline ran: " + cluster.logs());
                lastRecovery = recovery;
                lastSeconds = (System.nanoTime() - started) / 1e9;
                return outcome;
            }
        }
    }

    private void check(String scenario, Outcome outcome) {
        Map<String, Integer> notOnce = outcome.notAccountedOnce(inputIds);
        boolean pairsEqual = outcome.duplicatePairSet().equals(uninterrupted.duplicatePairSet());
        Set<String> extra = outcome.alertIdsMissingFrom(uninterrupted);
        Set<String> missing = uninterrupted.alertIdsMissingFrom(outcome);
        Set<String> repeated = outcome.repeatedAlertIds();
        Map<String, String> storiesDiffering = outcome.storiesDifferingFrom(uninterrupted);
        Map<String, String> alertsDiffering = outcome.alertsDifferingFrom(uninterrupted);
        table.add(String.format("| %s | %d | %s | %s | %s | %s | %.1f s | %.0f s |", scenario, ARTICLES,
                notOnce.isEmpty() ? "yes" : "no (" + notOnce.size() + ")", pairsEqual ? "yes" : "no",
                extra.isEmpty() && missing.isEmpty() ? "yes (" + outcome.alertIds().size() + ")"
                        : "no (" + extra.size() + " new, " + missing.size() + " gone of " + uninterrupted.alertIds().size() + ")",
                repeated.isEmpty() ? "none" : String.valueOf(repeated.size()),
                lastRecovery.toMillis() / 1000.0, lastSeconds));
        assertAll(scenario,
                () -> assertEquals(Map.of(), notOnce, "articles not accounted for exactly once (id -> times)"),
                () -> assertEquals(uninterrupted.duplicatePairSet(), outcome.duplicatePairSet(), "duplicate pairs"),
                () -> assertEquals(Map.of(), storiesDiffering, "stories of enriched articles"),
                () -> assertEquals(Set.of(), repeated, "alert ids written twice"),
                () -> assertEquals(new TreeSet<>(uninterrupted.alertIds()), new TreeSet<>(outcome.alertIds()),
                        "alert ids (" + extra.size() + " only after the fault: " + contents(outcome, extra) + "; "
                                + missing.size() + " only in the uninterrupted run: "
                                + contents(uninterrupted, missing) + ")"),
                () -> assertEquals(Map.of(), alertsDiffering, "alerts of the same id saying something else"));
    }

    private static List<String> contents(Outcome outcome, Set<String> alertIds) {
        return alertIds.stream().map(id -> id + ": " + outcome.alerts().get(id)).toList();
    }

    private static void awaitAccounted(Cluster cluster, Ledger ledger, int articles) throws Exception {
        assertTrue(ledger.awaitUntil(() -> ledger.accounted() >= articles, LIMIT),
                "output flowed (" + ledger.accounted() + " of " + articles + "): " + cluster.logs());
        assertTrue(ledger.accounted() < ARTICLES, "the fault comes mid-stream");
    }

    /** From now until the pipeline commits anything new (or has accounted for every article). */
    private static Duration untilMoreOutput(Ledger ledger) {
        long from = System.nanoTime();
        int before = ledger.accounted() + ledger.alerts();
        ledger.awaitUntil(() -> ledger.accounted() + ledger.alerts() > before || ledger.accounted() >= ARTICLES, LIMIT);
        return Duration.ofNanos(System.nanoTime() - from);
    }

    @AfterAll
    void printTable() {
        System.out.println("| scenario | inputs | accounted once | duplicate pairs equal | alert ids equal | alerts twice "
                + "| time to recover | scenario run |");
        table.forEach(System.out::println);
    }
}
