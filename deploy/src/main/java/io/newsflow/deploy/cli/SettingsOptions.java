package io.newsflow.deploy.cli;

import io.newsflow.schemas.config.Settings;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Option;

/**
 * The options every command shares. Precedence: built-in defaults &lt; {@code --config} file &lt;
 * {@code NEWSFLOW_*} environment &lt; these flags.
 */
public final class SettingsOptions {
    /**
     * NEWSFLOW_* variables that are not settings: the config file's name, the launcher's JVM options, and
     * the variables deploy/compose.yaml reads for itself.
     */
    private static final List<String> LAUNCHER_VARIABLES = List.of("NEWSFLOW_CONFIG", "NEWSFLOW_JAVA_OPTS",
            "NEWSFLOW_FEED_URL", "NEWSFLOW_FEED_INTERVAL", "NEWSFLOW_SUBSCRIPTIONS");

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
        LAUNCHER_VARIABLES.forEach(environment::remove);
        Path chosen = file;
        Settings loaded = Cli.userInput(() -> Settings.load(chosen, environment, flags));
        reportUnknown(loaded, flags.keySet(), file);
        return loaded;
    }

    /** A misspelt setting would otherwise do nothing without a word; it still passes through to the clients. */
    private static void reportUnknown(Settings settings, Set<String> flagged, Path file) {
        SettingNames names = new SettingNames();
        for (String name : names.unknown(settings.givenKeys())) {
            String from = flagged.contains(name) ? "-D " + name : System.getenv().containsKey(
                    Settings.environmentName(name)) ? Settings.environmentName(name) : "the config file " + file;
            System.err.println("newsflow: unknown setting '" + name + "' (from " + from + "); "
                    + names.closest(name).map(known -> "did you mean '" + known + "'? ").orElse("")
                    + "it is passed on to the Kafka clients unchanged");
        }
    }
}
