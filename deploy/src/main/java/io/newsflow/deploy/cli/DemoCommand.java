package io.newsflow.deploy.cli;

import io.newsflow.deploy.broker.EmbeddedKafkaBroker;
import io.newsflow.deploy.demo.RawRoundTrip;
import io.newsflow.deploy.demo.SampleArticles;
import io.newsflow.schemas.avro.RawArticle;
import io.newsflow.schemas.config.Settings;
import io.newsflow.schemas.topics.TopicProvisioner;
import io.newsflow.schemas.topics.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.clients.admin.Admin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Start the embedded Kafka broker and every newsflow service in this process, feed the bundled "
                + "sample articles, print what comes out, then keep running for inspection until Ctrl-C.")
final class DemoCommand implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "9092",
            description = "Port of the embedded broker (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Keep the broker's data here (default: a temporary directory, deleted on exit).")
    Path dataDir;

    @Option(names = "--once", description = "Exit when the samples are processed instead of waiting for Ctrl-C.")
    boolean once;

    @Mixin
    SettingsOptions settingsOptions;

    @Override
    public Integer call() throws Exception {
        PortCheck.requireFree("127.0.0.1", port, "--port");
        System.out.printf("Starting the embedded Kafka broker on port %d ...%n", port);
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().port(port).dataDir(dataDir).start()) {
            Settings settings = settingsOptions.load().with("bootstrap.servers", broker.bootstrapServers());
            Topics topics = Topics.configure(settings.asClientConfig());
            try (Admin admin = Admin.create(settings.asClientConfig())) {
                List<String> created = new TopicProvisioner(admin, settings.getInt("topics.partitions"),
                        (short) settings.getInt("topics.replication.factor")).ensure(topics.all());
                System.out.printf("Broker ready at %s; created %d topics: %s%n", broker.bootstrapServers(),
                        created.size(), String.join(", ", created));
            }
            List<RawArticle> samples = SampleArticles.load();
            List<RawArticle> readBack = new RawRoundTrip(settings, topics).produceAndReadBack(samples,
                    Duration.ofSeconds(60));
            readBack.forEach(article -> System.out.println(ArticlePrinter.oneLine(article)));
            System.out.printf("Round trip done: %d produced, %d read back from %s.%n", samples.size(),
                    readBack.size(), topics.rawArticles().name());
            if (readBack.size() != samples.size()) {
                throw new CliError("only " + readBack.size() + " of " + samples.size()
                        + " sample articles came back from the broker");
            }
            if (!once) {
                awaitCtrlC(broker);
            }
        }
        return 0;
    }

    private static void awaitCtrlC(EmbeddedKafkaBroker broker) throws InterruptedException {
        System.out.printf("newsflow is running; inspect it with: kcat -b %s -L   (Ctrl-C stops it)%n",
                broker.bootstrapServers());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            broker.close();
            stopped.countDown();
        }, "demo-shutdown"));
        stopped.await();
    }
}
