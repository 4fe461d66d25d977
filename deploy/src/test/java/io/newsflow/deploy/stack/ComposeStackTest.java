package io.newsflow.deploy.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.newsflow.schemas.config.Settings;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

/**
 * The compose stack (never run here: there is no Docker engine) agrees with the code and the docs: its
 * services set only settings newsflow has, are health-checked and scraped on the port they serve metrics on,
 * and Kafka can be reached from the host at the address the README gives.
 */
class ComposeStackTest {
    private static final Path COMPOSE = Path.of("compose.yaml");
    private static final Path PROMETHEUS = Path.of("prometheus/prometheus.yml");
    private static final Path README = Path.of("../README.md");
    private static final String KAFKA = "kafka";
    private static final Pattern LISTENER = Pattern.compile("([A-Za-z0-9_]+)://([^:,]*):([0-9]+)");
    private static final Pattern BOOTSTRAP_FLAG = Pattern.compile("(?:-b|--bootstrap-servers)[ =](\\S+)");

    private final ComposeFile compose = read(COMPOSE);

    @Test
    void theStackIsKafkaTheThreeServicesPrometheusAndGrafana() {
        assertEquals(Set.of(KAFKA, "ingest", "enrich", "alerts", "prometheus", "grafana"), compose.serviceNames());
        assertEquals(List.of("alerts", "enrich", "ingest"), compose.newsflowServices());
    }

    @Test
    void newsflowServicesSetOnlySettingsNewsflowHas() {
        Set<String> known = new TreeSet<>();
        knownSettings().forEach(setting -> known.add(Settings.environmentName(setting)));
        List<String> unknown = new ArrayList<>();
        for (String service : compose.newsflowServices()) {
            compose.environment(service).keySet().stream().filter(variable -> !known.contains(variable))
                    .forEach(variable -> unknown.add(service + ": " + variable));
        }
        assertTrue(unknown.isEmpty(), "variables that are no newsflow, Kafka client or Streams setting: " + unknown);
    }

    @Test
    void eachServiceIsHealthCheckedAndScrapedOnItsMetricsPort() throws IOException {
        Map<String, Integer> scraped = scrapeTargets();
        for (String service : compose.newsflowServices()) {
            int port = metricsPort(service);
            URI health = healthcheckUrl(service);
            assertEquals("/health", health.getPath(), service + " healthcheck");
            assertEquals(port, health.getPort(), service + " healthcheck port");
            assertEquals(port, scraped.get(service), service + " scrape target in " + PROMETHEUS);
        }
        assertTrue(compose.serviceNames().containsAll(scraped.keySet()), "scraped hosts " + scraped.keySet()
                + " are compose services");
    }

    @Test
    void servicesUseKafkasListenerOnTheComposeNetwork() {
        Map<String, String> advertised = listeners(compose.environment(KAFKA).get("KAFKA_ADVERTISED_LISTENERS"));
        for (String service : compose.newsflowServices()) {
            String bootstrap = compose.environment(service).get(Settings.environmentName("bootstrap.servers"));
            assertTrue(advertised.containsValue(bootstrap) && bootstrap.startsWith(KAFKA + ":"),
                    service + " connects to " + bootstrap + "; Kafka advertises " + advertised);
        }
    }

    @Test
    void kafkaAdvertisesAHostListenerWhosePortIsPublished() {
        Map<String, String> kafka = compose.environment(KAFKA);
        String name = hostListenerName(kafka);
        int advertisedPort = port(listeners(kafka.get("KAFKA_ADVERTISED_LISTENERS")).get(name));
        int listeningPort = port(listeners(kafka.get("KAFKA_LISTENERS")).get(name));
        assertTrue(publishedPorts(KAFKA).contains(advertisedPort + ":" + listeningPort),
                "Kafka publishes host port " + advertisedPort + " to its " + name + " listener on " + listeningPort
                        + "; published: " + publishedPorts(KAFKA));
        assertTrue(kafka.get("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP").contains(name + ":"),
                "the " + name + " listener has a security protocol");
    }

    @Test
    void theReadmesComposeCommandsUseTheHostListener() throws IOException {
        Map<String, String> kafka = compose.environment(KAFKA);
        String hostListener = listeners(kafka.get("KAFKA_ADVERTISED_LISTENERS")).get(hostListenerName(kafka));
        Matcher flags = BOOTSTRAP_FLAG.matcher(readmeComposeSection());
        List<String> addresses = new ArrayList<>();
        while (flags.find()) {
            addresses.add(flags.group(1));
        }
        assertFalse(addresses.isEmpty(), "the README's compose section shows a host-side command with -b");
        addresses.forEach(address -> assertEquals(hostListener, address, "a bootstrap address in the README"));
    }

    /** newsflow's own settings (the built-in defaults) and every Kafka client and Streams setting. */
    private static Set<String> knownSettings() {
        Set<String> settings = new TreeSet<>(Settings.defaults().asProperties().stringPropertyNames());
        settings.addAll(ProducerConfig.configNames());
        settings.addAll(ConsumerConfig.configNames());
        settings.addAll(AdminClientConfig.configNames());
        settings.addAll(StreamsConfig.configDef().names());
        return settings;
    }

    private int metricsPort(String service) {
        String fromEnvironment = compose.environment(service).get(Settings.environmentName("metrics.port"));
        return Integer.parseInt(fromEnvironment != null ? fromEnvironment : Settings.defaults().get("metrics.port"));
    }

    private URI healthcheckUrl(String service) {
        JsonNode test = compose.service(service).path("healthcheck").path("test");
        return StreamSupport.stream(test.spliterator(), false).map(JsonNode::asText)
                .filter(argument -> argument.startsWith("http://")).findFirst().map(URI::create)
                .orElseThrow(() -> new AssertionError(service + " has no healthcheck on an http:// URL: " + test));
    }

    /** Scrape target host → port, over every static target of every job. */
    private static Map<String, Integer> scrapeTargets() throws IOException {
        JsonNode config = new ObjectMapper(new YAMLFactory()).readTree(PROMETHEUS.toFile());
        Map<String, Integer> targets = new TreeMap<>();
        for (JsonNode job : config.path("scrape_configs")) {
            for (JsonNode staticConfig : job.path("static_configs")) {
                for (JsonNode target : staticConfig.path("targets")) {
                    URI address = URI.create("//" + target.asText());
                    targets.put(address.getHost(), address.getPort());
                }
            }
        }
        return targets;
    }

    /** The advertised listener on localhost: the one a client on the host gets back and can connect to. */
    private static String hostListenerName(Map<String, String> kafka) {
        return listeners(kafka.get("KAFKA_ADVERTISED_LISTENERS")).entrySet().stream()
                .filter(listener -> listener.getValue().startsWith("localhost:"))
                .map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new AssertionError("Kafka advertises no listener on localhost: "
                        + kafka.get("KAFKA_ADVERTISED_LISTENERS")));
    }

    /** Listener name → host:port, from a Kafka listener list such as "PLAINTEXT://kafka:9092,EXTERNAL://:29092". */
    private static Map<String, String> listeners(String list) {
        Map<String, String> listeners = new LinkedHashMap<>();
        Matcher listener = LISTENER.matcher(list);
        while (listener.find()) {
            listeners.put(listener.group(1), listener.group(2) + ":" + listener.group(3));
        }
        return listeners;
    }

    private static int port(String hostAndPort) {
        return Integer.parseInt(hostAndPort.substring(hostAndPort.lastIndexOf(':') + 1));
    }

    /** Published ports in Compose's short form, "host:container". */
    private List<String> publishedPorts(String service) {
        return StreamSupport.stream(compose.service(service).path("ports").spliterator(), false)
                .map(JsonNode::asText).toList();
    }

    private static String readmeComposeSection() throws IOException {
        String readme = Files.readString(README);
        int start = readme.indexOf("### With Docker Compose");
        assertTrue(start >= 0, "the README has a section 'With Docker Compose'");
        Matcher nextHeading = Pattern.compile("\n#{1,3} ").matcher(readme);
        return readme.substring(start, nextHeading.find(start + 1) ? nextHeading.start() : readme.length());
    }

    private static ComposeFile read(Path file) {
        try {
            return ComposeFile.read(file);
        } catch (IOException e) {
            throw new AssertionError("cannot read " + file, e);
        }
    }
}
