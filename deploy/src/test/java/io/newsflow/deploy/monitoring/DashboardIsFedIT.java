package io.newsflow.deploy.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.alerts.subscription.SubscriptionFile;
import io.newsflow.deploy.run.LocalStack;
import io.newsflow.deploy.run.PipelineSession;
import io.newsflow.schemas.config.Settings;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The proof that the shipped Grafana dashboard and Prometheus alerting rules are fed: the whole pipeline runs
 * on the embedded broker with the bundled sample timeline and one line that is not JSON (so dead letters
 * exist), a real Prometheus scrapes it every second with the shipped rules loaded, and every dashboard query
 * and every alerting rule's signal (see {@link AlertRuleSignals}) must return data through Prometheus's API.
 */
class DashboardIsFedIT {
    private static final Path DASHBOARD = Path.of("grafana/dashboards/newsflow.json");
    private static final Path ALERT_RULES = Path.of("prometheus/alerts.yml");
    /** Grafana's $__rate_interval at 1 s scrapes would be a few seconds; a minute spans the whole run. */
    private static final String RATE_INTERVAL = "1m";
    private static final Duration PROCESSING_LIMIT = Duration.ofSeconds(60);
    /** Counters that appear mid-run need a few scrapes before range functions see two samples of them. */
    private static final Duration DATA_LIMIT = Duration.ofSeconds(20);
    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    @TempDir
    Path dir;

    @Test
    void everyDashboardQueryAndAlertSignalReturnsDataFromARealPrometheus() throws Exception {
        if (!Files.isExecutable(PrometheusServer.BINARY)) {
            fail(PrometheusServer.BINARY + " is missing: install the Debian package 'prometheus' "
                    + "(apt-get install --no-install-recommends prometheus; .ci/run does this)");
        }
        List<Query> dashboard = DashboardQueries.read(DASHBOARD, RATE_INTERVAL);
        List<Query> alertSignals = AlertRuleSignals.read(ALERT_RULES);
        List<Query> queries = new ArrayList<>(dashboard);
        queries.addAll(alertSignals);

        try (LocalStack stack = LocalStack.create(0, null)) {
            Settings settings = stack.apply(Settings.defaults()
                    .with("metrics.host", "127.0.0.1").with("metrics.port", "0").with("explorer.port", "0"));
            try (PipelineSession session = PipelineSession.start(settings,
                    SubscriptionFile.read(stack.copyResource("/io/newsflow/demo/subscriptions.yaml", "subs.yaml")));
                 PrometheusServer prometheus = PrometheusServer.start(session.metricsPort(), ALERT_RULES.toAbsolutePath(),
                         Files.createDirectories(dir.resolve("prometheus")))) {
                // Scraping from before the traffic on lets rates and histogram quantiles see it arrive.
                List<Query> firstScrape = List.of(new Query("first scrape",
                        "up{job=\"" + PrometheusServer.JOB + "\"} == 1"));
                assertTrue(awaitData(prometheus, firstScrape).isEmpty(), "Prometheus never scraped newsflow:\n"
                        + prometheus.logTail());
                assertEquals(alertSignals.size(), alertingRules(prometheus), "alerting rules Prometheus loaded");

                session.ingest(stack.copyResource("/io/newsflow/demo/timeline.jsonl", "timeline.jsonl"), QUIET, QUIET);
                Path notJson = dir.resolve("not-json.jsonl");
                Files.writeString(notJson, "{\"title\": \"cut off\n");
                session.ingest(notJson, QUIET, QUIET);
                assertTrue(session.awaitProcessed(PROCESSING_LIMIT), "the pipeline processed the timeline");

                List<Query> empty = awaitData(prometheus, queries);
                assertTrue(empty.isEmpty(), "queries with no data from Prometheus (of " + queries.size() + "):\n"
                        + String.join("\n", empty.stream().map(Query::toString).toList())
                        + "\nPrometheus log:\n" + prometheus.logTail());
                System.out.printf("DashboardIsFedIT: %d dashboard queries and %d alert signals returned data%n",
                        dashboard.size(), alertSignals.size());
            }
        }
    }

    /** Queries until each returned data once or the limit passed; returns those that never did. */
    private static List<Query> awaitData(PrometheusServer prometheus, List<Query> queries)
            throws IOException, InterruptedException {
        List<Query> pending = new ArrayList<>(queries);
        long deadline = System.nanoTime() + DATA_LIMIT.toNanos();
        while (true) {
            List<Query> stillEmpty = new ArrayList<>();
            for (Query query : pending) {
                if (prometheus.query(query.expr()).isEmpty()) {
                    stillEmpty.add(query);
                }
            }
            pending = stillEmpty;
            if (pending.isEmpty() || System.nanoTime() > deadline) {
                return pending;
            }
            Thread.sleep(1000);
        }
    }

    private static int alertingRules(PrometheusServer prometheus) throws IOException, InterruptedException {
        int count = 0;
        for (JsonNode group : prometheus.ruleGroups()) {
            for (JsonNode rule : group.path("rules")) {
                if ("alerting".equals(rule.path("type").asText())) {
                    count++;
                }
            }
        }
        return count;
    }
}
