package io.newsflow.ingest.feed;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A feed server on loopback that answers like a careful publisher: ETag and Last-Modified on every
 * document, and 304 to a request whose If-None-Match still matches. It records each answer it gave.
 */
final class LoopbackFeedServer implements AutoCloseable {
    static final String LAST_MODIFIED = "Wed, 12 Mar 2025 10:00:00 GMT";

    /** One request as the server saw it: path, status answered, and the validator the client sent. */
    record Answer(String path, int status, String ifNoneMatch) {
    }

    private final HttpServer server;
    private final Map<String, byte[]> documents = new ConcurrentHashMap<>();
    private final Map<String, String> contentTypes = new ConcurrentHashMap<>();
    final List<Answer> answers = new CopyOnWriteArrayList<>();

    LoopbackFeedServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    void serve(String path, byte[] document) {
        documents.put(path, document);
    }

    void serve(String path, byte[] document, String contentType) {
        serve(path, document);
        contentTypes.put(path, contentType);
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
        byte[] document = documents.get(path);
        try (exchange) {
            if (document == null) {
                answers.add(new Answer(path, 404, ifNoneMatch));
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            String etag = "\"" + Integer.toHexString(Arrays.hashCode(document)) + "\"";
            if (etag.equals(ifNoneMatch)) {
                answers.add(new Answer(path, 304, ifNoneMatch));
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            answers.add(new Answer(path, 200, ifNoneMatch));
            exchange.getResponseHeaders().add("ETag", etag);
            exchange.getResponseHeaders().add("Last-Modified", LAST_MODIFIED);
            if (contentTypes.containsKey(path)) {
                exchange.getResponseHeaders().add("Content-Type", contentTypes.get(path));
            }
            exchange.sendResponseHeaders(200, document.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(document);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
