package io.newsflow.deploy.cli;

import io.micrometer.core.instrument.Metrics;
import io.newsflow.ingest.IngestRequest;
import io.newsflow.ingest.IngestRun;
import io.newsflow.ingest.publish.IngestSummary;
import io.newsflow.deploy.run.Observability;
import io.newsflow.schemas.config.Settings;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Publish articles to news.articles.raw.v1 from JSON-lines files, HTML pages, scraped page "
                + "text, RSS/Atom documents and live RSS/Atom feeds. Input that cannot become an article is reported "
                + "with its file and line (or URL), written to news.deadletter.v1 with the reason, and the run goes "
                + "on.",
                "File kinds by extension: .jsonl/.ndjson/.json, .html/.htm, .xml/.rss/.atom, .txt; otherwise by "
                        + "content."})
final class IngestCommand implements Callable<Integer> {
    /** The setting --interval sets, so it is parsed like every other duration setting. */
    private static final String INTERVAL_SETTING = "ingest.feed.interval";

    @Option(names = "--file", arity = "1..*", paramLabel = "PATH", description = "Files to read.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--dir", paramLabel = "DIR",
            description = "Directories to read, every file beneath in name order (dot-files skipped).")
    List<Path> directories = new ArrayList<>();

    @Option(names = "--feed", arity = "1..*", paramLabel = "URL",
            description = "RSS or Atom feeds to poll; only items not seen before (also in earlier runs) are published.")
    List<URI> feeds = new ArrayList<>();

    @Option(names = "--interval", paramLabel = "DURATION",
            description = "Poll the feeds again on this interval until Ctrl-C, e.g. 60s or 5m (default: poll once).")
    String interval;

    @Option(names = "--follow-links",
            description = "Fetch each new feed item's page and publish its full text instead of the feed's summary.")
    boolean followLinks;

    @Mixin
    SettingsOptions settingsOptions;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        Settings settings = settingsOptions.load();
        IngestRequest request;
        try {
            request = IngestRequest.of(files, directories, feeds, interval(settings), followLinks);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        InputPaths.requireReadableFiles(files, "--file");
        InputPaths.requireDirectories(directories, "--dir");
        KafkaReachability.require(settings);
        IngestRun run = new IngestRun(settings, request, Metrics.globalRegistry, System.out, System.err);
        if (request.interval() == null) {
            requireSomethingPublished(run.execute());
            return 0;
        }
        // Only the long-running feed watcher is worth scraping; a one-off file run ends before any scrape.
        try (Observability observability = Observability.serveWithoutStreams(settings.get("metrics.host"),
                settings.getInt("metrics.port"))) {
            System.out.printf("Watching feeds every %s; metrics and health on port %d. Ctrl-C stops it.%n",
                    interval, observability.port());
            return watchUntilCtrlC(run);
        }
    }

    /** Ctrl-C ends the watch after the poll in progress; the hook waits so the summary is still printed. */
    private static int watchUntilCtrlC(IngestRun run) throws InterruptedException {
        CountDownLatch finished = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            run.stop();
            try {
                finished.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "ingest-shutdown"));
        try {
            run.execute();
        } finally {
            finished.countDown();
        }
        return 0;
    }

    /** A run in which every input was refused did nothing a user wanted: say so with a failing exit code. */
    private static void requireSomethingPublished(IngestSummary summary) {
        if (summary.published() == 0 && summary.rejected() > 0) {
            throw new CliError("nothing was published: all " + summary.rejected() + " inputs were rejected (see the "
                    + "lines above; each is in news.deadletter.v1 with its reason)");
        }
    }

    private Duration interval(Settings settings) {
        if (interval == null) {
            return null;
        }
        try {
            return settings.with(INTERVAL_SETTING, interval).getDuration(INTERVAL_SETTING);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--interval must be a duration such as 30s, 5m or PT1H, got '" + interval + "'", e);
        }
    }
}
