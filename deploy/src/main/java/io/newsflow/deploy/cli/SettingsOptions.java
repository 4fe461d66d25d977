package io.newsflow.deploy.cli;

import io.newsflow.schemas.config.Settings;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The options every command shares. Precedence: built-in defaults &lt; {@code --config} file &lt;
 * {@code NEWSFLOW_*} environment &lt; these flags.
 */
public final class SettingsOptions {
    @Option(names = "--config", paramLabel = "FILE",
            description = "Properties file with newsflow and Kafka client settings (default: $NEWSFLOW_CONFIG).")
    Path configFile;

    @Option(names = {"-b", "--bootstrap-servers"}, paramLabel = "HOST:PORT,...",
            description = "Kafka cluster to use (setting bootstrap.servers).")
    String bootstrapServers;

    @Option(names = "--schema-registry-url", paramLabel = "URL",
            description = "Confluent-API schema registry; when set, values use the Confluent wire format.")
    String schemaRegistryUrl;

    @Option(names = {"-D", "--set"}, paramLabel = "KEY=VALUE",
            description = "Any newsflow, Kafka client or Kafka Streams setting, e.g. -D compression.type=zstd.")
    Map<String, String> settings = new LinkedHashMap<>();

    Settings load() {
        Map<String, String> flags = new LinkedHashMap<>(settings);
        if (bootstrapServers != null) {
            flags.put("bootstrap.servers", bootstrapServers);
        }
        if (schemaRegistryUrl != null) {
            flags.put("schema.registry.url", schemaRegistryUrl);
        }
        Path file = configFile;
        String fromEnvironment = System.getenv("NEWSFLOW_CONFIG");
        if (file == null && fromEnvironment != null && !fromEnvironment.isBlank()) {
            file = Path.of(fromEnvironment);
        }
        Map<String, String> environment = new LinkedHashMap<>(System.getenv());
        environment.remove("NEWSFLOW_CONFIG");
        return Settings.load(file, environment, flags);
    }
}
