package io.newsflow.deploy.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the JSON-lines files a {@code replay --output DIR} writes (none written means none read). */
final class ReplayOutput {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ReplayOutput() {
    }

    static List<JsonNode> lines(Path file) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file)) {
                nodes.add(JSON.readTree(line));
            }
        }
        return nodes;
    }
}
