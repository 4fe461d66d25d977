package io.newsflow.deploy.cli;

import io.newsflow.deploy.broker.EmbeddedKafkaBroker;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "broker", mixinStandardHelpOptions = true,
        description = "Run the embedded single-node Kafka broker (KRaft) until Ctrl-C. Restarting on the same "
                + "--data-dir keeps every topic and record.")
final class BrokerCommand implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "9092", converter = PortNumber.class,
            description = "Client port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to listen on and advertise (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--data-dir", defaultValue = ".newsflow/kafka", paramLabel = "DIR",
            description = "Where the broker keeps its data (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Override
    public Integer call() throws InterruptedException {
        PortCheck.requireFree(host, port, "--port");
        System.out.printf("Starting Kafka broker on %s:%d (data in %s) ...%n", host, port, dataDir.toAbsolutePath());
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().host(host).port(port).dataDir(dataDir).start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping the broker ...");
            broker.close();
            stopped.countDown();
        }, "broker-shutdown"));
        System.out.printf("Kafka broker ready: bootstrap.servers=%s. Ctrl-C stops it.%n", broker.bootstrapServers());
        stopped.await();
        return 0;
    }
}
