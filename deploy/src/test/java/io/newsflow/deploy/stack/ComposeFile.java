package io.newsflow.deploy.stack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** A Docker Compose file as Compose reads it: shared blocks merged into the services that use them. */
final class ComposeFile {
    private final JsonNode root;

    private ComposeFile(JsonNode root) {
        this.root = root;
    }

    /**
     * SnakeYAML builds the document because it resolves merge keys ({@code <<: *newsflow}), which Jackson's
     * YAML parser passes on as a field named "<<"; Jackson's tree then serves the lookups.
     */
    static ComposeFile read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            return new ComposeFile(new ObjectMapper().valueToTree(document));
        }
    }

    Set<String> serviceNames() {
        Set<String> names = new TreeSet<>();
        root.path("services").fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The services whose image is built from this repository: newsflow's own. */
    List<String> newsflowServices() {
        return serviceNames().stream().filter(name -> service(name).has("build")).toList();
    }

    JsonNode service(String name) {
        JsonNode service = root.path("services").path(name);
        if (service.isMissingNode()) {
            throw new AssertionError("compose has no service " + name + "; it has " + serviceNames());
        }
        return service;
    }

    /** The service's environment, written as a mapping (the list form is not used in newsflow's file). */
    Map<String, String> environment(String name) {
        JsonNode environment = service(name).path("environment");
        if (!environment.isObject()) {
            throw new AssertionError("service " + name + " must give its environment as a mapping");
        }
        Map<String, String> variables = new LinkedHashMap<>();
        environment.properties().forEach(variable -> variables.put(variable.getKey(), variable.getValue().asText()));
        return variables;
    }
}
