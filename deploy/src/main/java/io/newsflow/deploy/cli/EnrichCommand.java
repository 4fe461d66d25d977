package io.newsflow.deploy.cli;

import io.micrometer.core.instrument.Metrics;
import io.newsflow.deploy.run.ServiceApp;
import io.newsflow.deploy.run.ServiceRun;
import io.newsflow.deploy.run.TopicSetup;
import io.newsflow.enrich.EnrichService;
import io.newsflow.schemas.config.Settings;
import io.newsflow.schemas.topics.Topics;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "enrich", mixinStandardHelpOptions = true,
        description = "Run the enrich service until Ctrl-C: drop duplicates of news.articles.raw.v1 (to "
                + "news.articles.duplicates.v1), tag entities, sentiment and events, group articles into stories, "
                + "write news.articles.enriched.v1, news.stories.v1 and news.stories.articles.v1.")
final class EnrichCommand implements Callable<Integer> {
    @Mixin
    SettingsOptions settingsOptions;

    @Override
    public Integer call() throws InterruptedException {
        Settings settings = settingsOptions.load();
        KafkaReachability.require(settings);
        Topics topics = Topics.configure(settings.asClientConfig());
        TopicSetup.ensure(settings, topics, List.of());
        ServiceRun.untilStopped(settings, "enrich", List.of(new ServiceApp("enrich", EnrichService.APPLICATION_ID,
                EnrichService.create(settings, topics, Metrics.globalRegistry))));
        return 0;
    }
}
