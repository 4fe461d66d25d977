package io.newsflow.schemas.serde;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A schema registry on loopback that speaks the subset of the Confluent REST API newsflow uses:
 * {@code POST /subjects/{subject}/versions} and {@code GET /schemas/ids/{id}}, behind basic auth.
 * It can be told to fail the next requests with 503 to exercise retries.
 */
final class LoopbackSchemaRegistry implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final String expectedAuthorization;
    private final Map<String, Integer> idsBySchema = new LinkedHashMap<>();
    private final Map<Integer, String> schemasById = new LinkedHashMap<>();
    private final List<String> subjects = new ArrayList<>();
    private final AtomicInteger failuresToServe = new AtomicInteger();
    private final AtomicInteger requests = new AtomicInteger();

    LoopbackSchemaRegistry(String user, String password) throws IOException {
        expectedAuthorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void failNext(int count) {
        failuresToServe.set(count);
    }

    synchronized List<String> subjects() {
        return List.copyOf(subjects);
    }

    int requests() {
        return requests.get();
    }

    private synchronized void handle(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        try (exchange) {
            if (failuresToServe.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                respond(exchange, 503, "{\"error_code\":50301,\"message\":\"busy\"}");
                return;
            }
            if (!expectedAuthorization.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                respond(exchange, 401, "{\"error_code\":401,\"message\":\"Unauthorized\"}");
                return;
            }
            String path = exchange.getRequestURI().getRawPath();
            if ("POST".equals(exchange.getRequestMethod()) && path.startsWith("/subjects/")
                    && path.endsWith("/versions")) {
                String subject = URLDecoder.decode(path.substring("/subjects/".length(),
                        path.length() - "/versions".length()), StandardCharsets.UTF_8);
                JsonNode body = JSON.readTree(exchange.getRequestBody());
                String schema = body.get("schema").asText();
                int id = idsBySchema.computeIfAbsent(schema, s -> idsBySchema.size() + 100);
                schemasById.put(id, schema);
                subjects.add(subject);
                respond(exchange, 200, "{\"id\":" + id + "}");
            } else if ("GET".equals(exchange.getRequestMethod()) && path.startsWith("/schemas/ids/")) {
                String schema = schemasById.get(Integer.parseInt(path.substring("/schemas/ids/".length())));
                if (schema == null) {
                    respond(exchange, 404, "{\"error_code\":40403,\"message\":\"Schema not found\"}");
                } else {
                    respond(exchange, 200, JSON.createObjectNode().put("schema", schema).toString());
                }
            } else {
                respond(exchange, 404, "{\"error_code\":404,\"message\":\"not found\"}");
            }
        }
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/vnd.schemaregistry.v1+json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
