package io.newsflow.deploy.run;

import io.newsflow.schemas.config.Settings;
import java.util.List;

/** A long-running service command: serves /metrics and /health, starts its Streams apps, runs until Ctrl-C. */
public final class ServiceRun {
    private ServiceRun() {
    }

    /** @param servers what else serves from the apps (the story explorer), closed first on stop */
    public static void untilStopped(Settings settings, String service, List<ServiceApp> apps,
                                    AutoCloseable... servers) throws InterruptedException {
        Observability observability = Observability.serve(settings);
        apps.forEach(app -> observability.watch(app.name(), app.streams(), app.applicationId()));
        StreamsRunner runner = new StreamsRunner().start(apps.stream().map(ServiceApp::streams).toList());
        System.out.printf("The %s service is running on %s; metrics at :%d/metrics, health at :%d/health/ready and /health/live. "
                + "Ctrl-C stops it.%n", service, settings.get("bootstrap.servers"), observability.port(),
                observability.port());
        CtrlC.await("the " + service + " service", () -> {
            for (AutoCloseable server : servers) {
                try {
                    server.close();
                } catch (Exception e) {
                    System.err.println("newsflow: could not close " + server + " cleanly: " + e.getMessage());
                }
            }
            runner.close();
            observability.close();
        });
    }
}
