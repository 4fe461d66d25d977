package io.newsflow.deploy.cli;

import io.newsflow.schemas.config.Settings;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.Node;

/**
 * Checks, before a command starts its real work, that the Kafka cluster in the settings answers, so an
 * unreachable broker is one clear sentence within seconds instead of the clients' minute of retries and a
 * stack trace. It also catches the classic container mistake: a broker that answers on its bootstrap
 * address but advertises an address this machine cannot reach.
 */
final class KafkaReachability {
    /** Long enough for a loaded broker to answer; short enough that a newcomer is not left waiting. */
    static final Duration LIMIT = Duration.ofSeconds(6);
    private static final int CONNECT_TIMEOUT_MILLIS = 3_000;

    private KafkaReachability() {
    }

    /** Throws a {@link CliError} saying what to do when the cluster named by bootstrap.servers cannot be used. */
    static void require(Settings settings) {
        String bootstrap = settings.get("bootstrap.servers");
        List<String> addresses = addresses(bootstrap);
        List<String> failures = new ArrayList<>();
        for (String address : addresses) {
            String failure = tryConnect(address);
            if (failure == null) {
                describeCluster(settings, bootstrap);
                return;
            }
            failures.add(address + ": " + failure);
        }
        throw new CliError("cannot reach Kafka at " + bootstrap + " (" + String.join("; ", failures) + "); is the "
                + "broker running? './newsflow broker' starts one on localhost:9092, or name your cluster with "
                + "--bootstrap-servers / NEWSFLOW_BOOTSTRAP_SERVERS.");
    }

    private static CliError notKafka(String bootstrap) {
        return new CliError("something listens at " + bootstrap + " but did not answer as a Kafka broker within "
                + LIMIT.toSeconds() + " s; check the address and the security settings (security.protocol, "
                + "sasl.*, ssl.*).");
    }

    private static void describeCluster(Settings settings, String bootstrap) {
        Map<String, Object> config = new LinkedHashMap<>(settings.asClientConfig());
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) LIMIT.toMillis());
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) LIMIT.toMillis());
        Collection<Node> nodes;
        Admin admin = null;
        try {
            admin = Admin.create(config);
            nodes = admin.describeCluster().nodes().get(LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw notKafka(bootstrap);
        } catch (ExecutionException | KafkaException e) {
            Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
            // The admin's own API timeout is the same limit as the wait above, and either may fire first.
            if (cause instanceof org.apache.kafka.common.errors.TimeoutException) {
                throw notKafka(bootstrap);
            }
            throw new CliError("Kafka at " + bootstrap + " refused the connection: " + cause.getMessage()
                    + "; check the security settings (security.protocol, sasl.*, ssl.*).", cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliError("interrupted while connecting to Kafka at " + bootstrap);
        } finally {
            if (admin != null) {
                // Closing waits for calls in flight; after a timeout there is nothing worth waiting for.
                admin.close(Duration.ofMillis(500));
            }
        }
        for (Node node : nodes) {
            String address = node.host() + ":" + node.port();
            String failure = tryConnect(address);
            if (failure != null) {
                throw new CliError("Kafka answers at " + bootstrap + " but tells clients to use " + address
                        + ", which this machine cannot reach (" + failure + "). Use the broker's listener for this "
                        + "machine (with deploy/compose.yaml: localhost:29092), or fix the broker's "
                        + "advertised.listeners.");
            }
        }
    }

    /** The bootstrap list's host:port entries, without a security-protocol prefix such as SASL_SSL://. */
    static List<String> addresses(String bootstrap) {
        List<String> addresses = new ArrayList<>();
        for (String entry : bootstrap.split(",")) {
            String address = entry.trim();
            int scheme = address.indexOf("://");
            if (scheme >= 0) {
                address = address.substring(scheme + 3);
            }
            if (!address.isEmpty()) {
                addresses.add(address);
            }
        }
        if (addresses.isEmpty()) {
            throw new CliError("bootstrap.servers is empty; give --bootstrap-servers HOST:PORT");
        }
        return addresses;
    }

    /** @return null when a TCP connection opened, else why it did not */
    private static String tryConnect(String address) {
        int colon = address.lastIndexOf(':');
        if (colon <= 0 || colon == address.length() - 1) {
            return "not of the form HOST:PORT";
        }
        String host = address.substring(0, colon).replace("[", "").replace("]", "");
        int port;
        try {
            port = Integer.parseInt(address.substring(colon + 1));
        } catch (NumberFormatException e) {
            return "the port is not a number";
        }
        if (port < 1 || port > 65_535) {
            return "the port is outside 1-65535";
        }
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MILLIS);
            return null;
        } catch (UnknownHostException e) {
            return "unknown host " + host;
        } catch (SocketTimeoutException e) {
            return "no answer within " + CONNECT_TIMEOUT_MILLIS / 1000 + " s";
        } catch (ConnectException e) {
            return "connection refused";
        } catch (IOException | IllegalArgumentException e) {
            return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
    }
}
