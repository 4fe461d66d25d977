package io.newsflow.deploy.cli;

import io.micrometer.core.instrument.Metrics;
import io.newsflow.deploy.run.CtrlC;
import io.newsflow.deploy.run.Observability;
import io.newsflow.deploy.run.StreamsRunner;
import io.newsflow.deploy.run.TopicSetup;
import io.newsflow.enrich.EnrichService;
import io.newsflow.schemas.config.Settings;
import io.newsflow.schemas.topics.Topics;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.kafka.streams.KafkaStreams;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "enrich", mixinStandardHelpOptions = true,
        description = "Run the enrich service until Ctrl-C: drop duplicates of news.articles.raw.v1 (to "
                + "news.articles.duplicates.v1), tag entities, sentiment and events, group articles into stories, "
                + "write news.articles.enriched.v1 and news.stories.v1.")
final class EnrichCommand implements Callable<Integer> {
    @Mixin
    SettingsOptions settingsOptions;

    @Override
    public Integer call() throws InterruptedException {
        Settings settings = settingsOptions.load();
        Topics topics = Topics.configure(settings.asClientConfig());
        TopicSetup.ensure(settings, topics, List.of());
        Observability observability = Observability.serve(settings.get("metrics.host"), settings.getInt("metrics.port"));
        KafkaStreams enrich = EnrichService.create(settings, topics, Metrics.globalRegistry);
        observability.watch("enrich", enrich);
        StreamsRunner runner = new StreamsRunner().start(List.of(enrich));
        System.out.printf("Enrich service running on %s; metrics and health on port %d. Ctrl-C stops it.%n",
                settings.get("bootstrap.servers"), observability.port());
        CtrlC.await("the enrich service", () -> {
            runner.close();
            observability.close();
        });
        return 0;
    }
}
