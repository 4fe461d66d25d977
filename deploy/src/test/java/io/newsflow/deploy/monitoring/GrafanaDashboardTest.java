package io.newsflow.deploy.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * The shipped dashboard loads on any Grafana: imported, it asks for a Prometheus datasource and uses the
 * one chosen; provisioned by the compose stack, it falls back to that stack's only Prometheus datasource.
 */
class GrafanaDashboardTest {
    private static final Path DASHBOARD = Path.of("grafana/dashboards/newsflow.json");
    private static final Path PROVISIONED_DATASOURCES = Path.of("grafana/provisioning/datasources/prometheus.yaml");

    private final JsonNode dashboard = read(new ObjectMapper(), DASHBOARD);

    @Test
    void importAsksForAPrometheusDatasourceAndOpensOnTheOneChosen() {
        JsonNode input = prometheusInput();
        String placeholder = "${" + input.path("name").asText() + "}";
        assertEquals(placeholder, datasourceVariable().path("current").path("value").asText(),
                "the variable starts on the datasource the import asked for");
        assertTrue(stream(dashboard.path("__requires"))
                        .anyMatch(required -> "datasource".equals(required.path("type").asText())
                                && "prometheus".equals(required.path("id").asText())),
                "__requires names the Prometheus datasource plugin");
    }

    @Test
    void everyPanelAndEveryQueryUsesTheDatasourceVariable() {
        String variable = "${" + datasourceVariable().path("name").asText() + "}";
        List<String> elsewhere = new ArrayList<>();
        for (JsonNode panel : dashboard.path("panels")) {
            String title = panel.path("title").asText();
            if (!variable.equals(panel.path("datasource").path("uid").asText())) {
                elsewhere.add("panel '" + title + "': " + panel.path("datasource"));
            }
            for (JsonNode target : panel.path("targets")) {
                if (!variable.equals(target.path("datasource").path("uid").asText())) {
                    elsewhere.add("panel '" + title + "' " + target.path("refId").asText() + ": "
                            + target.path("datasource"));
                }
            }
        }
        assertTrue(elsewhere.isEmpty(), "queries not on " + variable + ":\n" + String.join("\n", elsewhere));
    }

    @Test
    void noDatasourceIsNamedByAFixedUid() {
        List<String> fixed = new ArrayList<>();
        collectFixedDatasourceUids(dashboard, "", fixed);
        assertTrue(fixed.isEmpty(), "datasource uids that are not variables: " + fixed);
        for (JsonNode datasource : provisionedDatasources()) {
            String uid = datasource.path("uid").asText();
            assertFalse(dashboard.toString().contains(uid), "the dashboard still names the provisioned uid " + uid);
        }
    }

    @Test
    void panelTypesUsedAreDeclaredInRequires() {
        Set<String> used = new TreeSet<>();
        dashboard.path("panels").forEach(panel -> used.add(panel.path("type").asText()));
        Set<String> declared = new TreeSet<>();
        stream(dashboard.path("__requires")).filter(required -> "panel".equals(required.path("type").asText()))
                .forEach(required -> declared.add(required.path("id").asText()));
        assertEquals(used, declared);
    }

    /** Provisioning leaves the import placeholder unresolved, and Grafana then takes the first Prometheus it lists. */
    @Test
    void theComposeGrafanaHasExactlyOnePrometheusDatasourceForTheVariableToFallBackTo() {
        JsonNode datasources = provisionedDatasources();
        String pluginId = datasourceVariable().path("query").asText();
        List<JsonNode> prometheus = stream(datasources)
                .filter(datasource -> pluginId.equals(datasource.path("type").asText()))
                .toList();
        assertEquals(1, prometheus.size(), "Prometheus datasources provisioned: " + datasources);
        assertEquals("http://prometheus:9090", prometheus.get(0).path("url").asText());
    }

    private JsonNode prometheusInput() {
        List<JsonNode> inputs = stream(dashboard.path("__inputs"))
                .filter(input -> "datasource".equals(input.path("type").asText())
                        && "prometheus".equals(input.path("pluginId").asText()))
                .toList();
        assertEquals(1, inputs.size(), "Prometheus datasource inputs in __inputs: " + dashboard.path("__inputs"));
        return inputs.get(0);
    }

    private static JsonNode provisionedDatasources() {
        return read(new ObjectMapper(new YAMLFactory()), PROVISIONED_DATASOURCES).path("datasources");
    }

    private JsonNode datasourceVariable() {
        List<JsonNode> variables = stream(dashboard.path("templating").path("list"))
                .filter(variable -> "datasource".equals(variable.path("type").asText()))
                .toList();
        assertEquals(1, variables.size(), "datasource variables: " + variables);
        assertEquals("prometheus", variables.get(0).path("query").asText(),
                "the variable lists Prometheus datasources");
        return variables.get(0);
    }

    /** Every "datasource" reference anywhere in the dashboard (panels, targets, annotations, variables). */
    private static void collectFixedDatasourceUids(JsonNode node, String path, List<String> fixed) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                JsonNode uid = field.getValue().path("uid");
                if ("datasource".equals(field.getKey()) && uid.isTextual() && !uid.asText().startsWith("$")) {
                    fixed.add(path + "/datasource: " + uid.asText());
                }
                collectFixedDatasourceUids(field.getValue(), path + "/" + field.getKey(), fixed);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectFixedDatasourceUids(node.get(i), path + "/" + i, fixed);
            }
        }
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }

    private static JsonNode read(ObjectMapper mapper, Path file) {
        try {
            return mapper.readTree(file.toFile());
        } catch (IOException e) {
            throw new AssertionError("cannot read " + file, e);
        }
    }
}
