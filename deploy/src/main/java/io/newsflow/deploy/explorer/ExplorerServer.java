package io.newsflow.deploy.explorer;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.newsflow.alerts.AlertsService;
import io.newsflow.alerts.stream.StoryQueries;
import io.newsflow.schemas.config.Settings;
import io.newsflow.schemas.topics.Topics;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.state.HostInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The story explorer of one alerts instance: the web page at {@code /}, the story API under
 * {@code /api/stories} (interactive queries on the alerts stores, routed to the instance that owns a story)
 * and the live alert feed at {@code /api/alerts/stream}. It binds before the alerts application is created,
 * because its address is that application's {@code application.server}; until {@link #attach} the API
 * answers 503.
 */
public final class ExplorerServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ExplorerServer.class);
    private static final String RETRY_AFTER_SECONDS = "1";

    private final HttpServer server;
    private final ExecutorService threads;
    private final HostInfo self;
    private final String corsOrigin;
    private final AlertFeed feed;
    private final AtomicReference<StoryApi> stories = new AtomicReference<>();
    private volatile boolean closing;

    private ExplorerServer(HttpServer server, ExecutorService threads, HostInfo self, String corsOrigin,
                           AlertFeed feed) {
        this.server = server;
        this.threads = threads;
        this.self = self;
        this.corsOrigin = corsOrigin;
        this.feed = feed;
    }

    /** Binds explorer.host:explorer.port (0 picks a free port) and starts serving. */
    public static ExplorerServer serve(Settings settings, Topics topics) {
        String host = settings.get("explorer.host");
        int port = settings.getInt("explorer.port");
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(host, port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serve the story explorer on " + host + ":" + port
                    + " (in use? set explorer.port, or 0 for any free port)", e);
        }
        // Each live feed holds a thread while its browser listens; the feed caps how many there are.
        ExecutorService threads = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "newsflow-explorer");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
        HostInfo self = new HostInfo(settings.get("explorer.advertised.host"), server.getAddress().getPort());
        ExplorerServer explorer = new ExplorerServer(server, threads, self,
                settings.find("explorer.cors.origin").orElse("").strip(), new AlertFeed(settings, topics));
        server.createContext("/", explorer::handle);
        server.start();
        return explorer;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The settings for this instance's alerts application: its application.server is this explorer. */
    public Settings advertisedIn(Settings settings) {
        return settings.with(AlertsService.QUERY_ENDPOINT, self.host() + ":" + self.port());
    }

    /** Answers story queries from this alerts application (created with {@link #advertisedIn} settings). */
    public void attach(KafkaStreams alerts) {
        stories.set(new StoryApi(new StoryQueries(alerts), new PeerClient(), self));
    }

    private void handle(HttpExchange exchange) {
        try {
            String path = exchange.getRequestURI().getPath();
            try {
                route(exchange, path);
            } catch (ApiError e) {
                reply(exchange, e.status(), e.retryable(), Json.error(e.getMessage()));
            } catch (StoryQueries.StoreNotQueryableException e) {
                reply(exchange, 503, true, Json.error(e.getMessage()));
            } catch (RuntimeException e) {
                LOG.warn("explorer request {} failed", exchange.getRequestURI(), e);
                reply(exchange, 500, false, Json.error("internal error: " + e));
            }
        } catch (IOException clientGone) {
            LOG.debug("explorer client went away during {}", exchange.getRequestURI(), clientGone);
        } finally {
            exchange.close();
        }
    }

    private void route(HttpExchange exchange, String path) throws IOException {
        String method = exchange.getRequestMethod();
        if ("OPTIONS".equals(method) && path.startsWith("/api/")) {
            allowCors(exchange);
            exchange.getResponseHeaders().add("Access-Control-Allow-Methods", "GET");
            exchange.getResponseHeaders().add("Access-Control-Allow-Headers", "Last-Event-ID");
            exchange.sendResponseHeaders(204, -1);
            return;
        }
        if (!"GET".equals(method)) {
            throw ApiError.methodNotAllowed(method);
        }
        Map<String, String> parameters = parameters(exchange.getRequestURI().getRawQuery());
        if (path.equals("/api/stories") || path.equals("/api/stories/")) {
            reply(exchange, storyApi().list(parameters));
        } else if (path.startsWith("/api/stories/")) {
            reply(exchange, storyApi().timeline(path.substring("/api/stories/".length()), parameters));
        } else if (path.equals("/api/alerts/stream")) {
            String subscription = parameters.get("subscription");
            feed.stream(() -> {
                allowCors(exchange);
                exchange.getResponseHeaders().add("Content-Type", "text/event-stream; charset=utf-8");
                exchange.getResponseHeaders().add("Cache-Control", "no-cache");
                exchange.sendResponseHeaders(200, 0);
                return exchange.getResponseBody();
            }, subscription == null || subscription.isBlank() ? null : subscription.strip(),
                    exchange.getRequestHeaders().getFirst("Last-Event-ID"), () -> closing);
        } else if (path.startsWith("/api/")) {
            throw ApiError.notFound("no API at " + path + "; see /api/stories, /api/stories/{id}, "
                    + "/api/alerts/stream");
        } else if (StaticFiles.serves(path)) {
            byte[] body = StaticFiles.read(path);
            exchange.getResponseHeaders().add("Content-Type", StaticFiles.contentType(path));
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } else {
            throw ApiError.notFound("no page at " + path + "; the explorer is at /");
        }
    }

    private StoryApi storyApi() {
        StoryApi api = stories.get();
        if (api == null) {
            throw ApiError.unavailable("the alerts service is still starting");
        }
        return api;
    }

    private static Map<String, String> parameters(String rawQuery) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            parameters.putIfAbsent(name, value);
        }
        return parameters;
    }

    private void reply(HttpExchange exchange, PeerClient.Answer answer) throws IOException {
        reply(exchange, answer.status(), answer.status() == 503, answer.body());
    }

    private void reply(HttpExchange exchange, int status, boolean retryable, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        allowCors(exchange);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        if (retryable) {
            exchange.getResponseHeaders().add("Retry-After", RETRY_AFTER_SECONDS);
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** CORS is off unless explorer.cors.origin names the one origin whose pages may call the API. */
    private void allowCors(HttpExchange exchange) {
        if (!corsOrigin.isEmpty()) {
            exchange.getResponseHeaders().add("Access-Control-Allow-Origin", corsOrigin);
            exchange.getResponseHeaders().add("Vary", "Origin");
        }
    }

    @Override
    public void close() {
        closing = true;
        server.stop(0);
        threads.shutdownNow();
    }
}
