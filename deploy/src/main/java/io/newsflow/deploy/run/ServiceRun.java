package io.newsflow.deploy.run;

import io.newsflow.schemas.config.Settings;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.KafkaStreams;

/** A long-running service command: serves /metrics and /health, starts its Streams apps, runs until Ctrl-C. */
public final class ServiceRun {
    private ServiceRun() {
    }

    /** @param apps the service's Streams applications by the name /health reports them under */
    public static void untilStopped(Settings settings, String service, Map<String, KafkaStreams> apps)
            throws InterruptedException {
        Observability observability = Observability.serve(settings.get("metrics.host"), settings.getInt("metrics.port"));
        apps.forEach(observability::watch);
        StreamsRunner runner = new StreamsRunner().start(List.copyOf(apps.values()));
        System.out.printf("The %s service is running on %s; metrics at :%d/metrics, health at :%d/health. "
                + "Ctrl-C stops it.%n", service, settings.get("bootstrap.servers"), observability.port(),
                observability.port());
        CtrlC.await("the " + service + " service", () -> {
            runner.close();
            observability.close();
        });
    }
}
