package io.newsflow.deploy.monitoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Every target expression of every panel in a Grafana dashboard JSON file. */
final class DashboardQueries {
    private DashboardQueries() {
    }

    /**
     * Grafana's {@code $__rate_interval} is replaced by {@code rateInterval}, as Grafana does before it queries;
     * a panel without targets fails, since it could only ever be empty.
     */
    static List<Query> read(Path dashboard, String rateInterval) throws IOException {
        JsonNode root = new ObjectMapper().readTree(dashboard.toFile());
        List<Query> queries = new ArrayList<>();
        for (JsonNode panel : root.path("panels")) {
            String title = panel.path("title").asText();
            JsonNode targets = panel.path("targets");
            if (targets.isEmpty()) {
                throw new IllegalStateException("panel '" + title + "' in " + dashboard + " has no queries");
            }
            for (JsonNode target : targets) {
                String expr = target.path("expr").asText();
                if (expr.isBlank()) {
                    throw new IllegalStateException("panel '" + title + "' target " + target.path("refId").asText()
                            + " has no expr");
                }
                queries.add(new Query("panel '" + title + "' " + target.path("refId").asText(),
                        expr.replace("$__rate_interval", rateInterval)));
            }
        }
        return queries;
    }
}
