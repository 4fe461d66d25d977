package io.newsflow.schemas.serde;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.kafka.common.errors.SerializationException;

/**
 * The subset of the Confluent Schema Registry REST API that a serializer needs: register a schema under
 * a subject (which returns its id) and fetch a schema by id. Both answers are cached for the life of the
 * client; transient failures (connection errors, 408, 429, 5xx) are retried with exponential backoff,
 * trying each configured URL in turn.
 */
public final class SchemaRegistryClient {
    private static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RegistrySettings settings;
    private final HttpClient http;
    private final Map<String, Integer> idsBySubjectAndSchema = new ConcurrentHashMap<>();
    private final Map<Integer, Schema> schemasById = new ConcurrentHashMap<>();

    public SchemaRegistryClient(RegistrySettings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder().connectTimeout(settings.requestTimeout()).build();
    }

    /** Registers (or finds) the schema under the subject and returns its registry id. */
    public int register(String subject, Schema schema) {
        String cacheKey = subject + '\n' + schema.toString();
        Integer cached = idsBySubjectAndSchema.get(cacheKey);
        if (cached != null) {
            return cached;
        }
        String body = JSON.createObjectNode().put("schema", schema.toString()).toString();
        JsonNode answer = call("POST", "/subjects/" + URLEncoder.encode(subject, StandardCharsets.UTF_8) + "/versions",
                body, "registering the schema of subject " + subject);
        if (!answer.hasNonNull("id")) {
            throw new SerializationException("schema registry answered without an id when registering subject "
                    + subject + ": " + answer);
        }
        int id = answer.get("id").asInt();
        idsBySubjectAndSchema.put(cacheKey, id);
        schemasById.putIfAbsent(id, schema);
        return id;
    }

    /** The writer schema with this registry id. */
    public Schema schemaById(int id) {
        return schemasById.computeIfAbsent(id, missing -> {
            JsonNode answer = call("GET", "/schemas/ids/" + missing, null, "fetching schema id " + missing);
            String type = answer.path("schemaType").asText("AVRO");
            if (!"AVRO".equals(type)) {
                throw new SerializationException("schema id " + missing + " is a " + type + " schema, not Avro");
            }
            return new Schema.Parser().parse(answer.get("schema").asText());
        });
    }

    private JsonNode call(String method, String path, String body, String what) {
        SerializationException last = null;
        long backoff = settings.retryBackoff().toMillis();
        for (int attempt = 0; attempt <= settings.retries(); attempt++) {
            for (URI base : settings.urls()) {
                try {
                    HttpResponse<String> response = http.send(request(base, method, path, body),
                            HttpResponse.BodyHandlers.ofString());
                    int status = response.statusCode();
                    if (status / 100 == 2) {
                        return JSON.readTree(response.body());
                    }
                    last = new SerializationException("schema registry " + base + " refused " + what + ": HTTP "
                            + status + " " + response.body());
                    if (!isTransient(status)) {
                        throw last;
                    }
                } catch (IOException e) {
                    last = new SerializationException("schema registry " + base + " unreachable while " + what
                            + ": " + e, e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new SerializationException("interrupted while " + what, e);
                }
            }
            sleep(backoff);
            backoff *= 2;
        }
        throw last;
    }

    private HttpRequest request(URI base, String method, String path, String body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(settings.requestTimeout())
                .header("Accept", CONTENT_TYPE);
        settings.userInfo().ifPresent(userInfo -> builder.header("Authorization", "Basic "
                + Base64.getEncoder().encodeToString(userInfo.getBytes(StandardCharsets.UTF_8))));
        if (body == null) {
            return builder.method(method, HttpRequest.BodyPublishers.noBody()).build();
        }
        return builder.header("Content-Type", CONTENT_TYPE)
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static boolean isTransient(int status) {
        return status == 408 || status == 429 || status >= 500;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SerializationException("interrupted while waiting to retry the schema registry", e);
        }
    }
}
