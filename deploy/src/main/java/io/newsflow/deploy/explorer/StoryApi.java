package io.newsflow.deploy.explorer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.newsflow.alerts.explorer.StoryFilter;
import io.newsflow.alerts.explorer.StorySummary;
import io.newsflow.alerts.stream.StoryQueries;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.state.HostInfo;

/**
 * GET /api/stories and /api/stories/{id} over the alerts instances: a story is answered by the instance that
 * owns its partition (the request is forwarded there), a list by every instance's share, merged.
 */
final class StoryApi {
    /** Marks a request one instance sends another: answer from your own tasks, do not route again. */
    static final String LOCAL_SCOPE = "scope";
    static final String PARTITION = "partition";
    private static final TypeReference<List<StorySummary>> SUMMARIES = new TypeReference<>() {
    };

    private final StoryQueries queries;
    private final PeerClient peers;
    private final HostInfo self;

    StoryApi(StoryQueries queries, PeerClient peers, HostInfo self) {
        this.queries = queries;
        this.peers = peers;
        this.self = self;
    }

    PeerClient.Answer list(Map<String, String> parameters) {
        StoryFilter filter = filter(parameters);
        if (parameters.containsKey(LOCAL_SCOPE)) {
            return ok(local(filter));
        }
        Collection<StreamsMetadata> instances = queries.instances();
        if (instances.isEmpty()) {
            throw ApiError.unavailable("no alerts instance holds stories yet (starting or rebalancing)");
        }
        List<StorySummary> all = new ArrayList<>();
        for (StreamsMetadata instance : instances) {
            all.addAll(instance.hostInfo().equals(self) ? local(filter) : remote(instance.hostInfo(), parameters));
        }
        return ok(filter.newestFirst(all.stream()));
    }

    PeerClient.Answer timeline(String storyId, Map<String, String> parameters) {
        if (parameters.containsKey(PARTITION)) {
            return fromPartition(storyId, partition(parameters.get(PARTITION)));
        }
        KeyQueryMetadata owner = queries.owner(storyId).orElseThrow(() -> ApiError.unavailable(
                "no alerts instance owns story " + storyId + "'s partition right now (rebalancing)"));
        if (owner.activeHost().equals(self)) {
            return fromPartition(storyId, owner.partition());
        }
        return peers.get(owner.activeHost(), "/api/stories/" + encode(storyId) + "?" + PARTITION + "="
                + owner.partition());
    }

    private PeerClient.Answer fromPartition(String storyId, int partition) {
        return queries.localTimeline(storyId, partition).map(StoryApi::ok)
                .orElseThrow(() -> ApiError.notFound("no story '" + storyId + "'"));
    }

    private List<StorySummary> local(StoryFilter filter) {
        return queries.localStories(filter);
    }

    private List<StorySummary> remote(HostInfo peer, Map<String, String> parameters) {
        String query = parameters.entrySet().stream()
                .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&"));
        PeerClient.Answer answer = peers.get(peer, "/api/stories?" + (query.isEmpty() ? "" : query + "&")
                + LOCAL_SCOPE + "=local");
        if (answer.status() != 200) {
            throw ApiError.unavailable("the alerts instance at " + peer.host() + ":" + peer.port()
                    + " could not list its stories (HTTP " + answer.status() + ")");
        }
        try {
            return Json.MAPPER.readValue(answer.body(), SUMMARIES);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("the alerts instance at " + peer.host() + ":" + peer.port()
                    + " answered a story list newsflow cannot read", e);
        }
    }

    private static StoryFilter filter(Map<String, String> parameters) {
        String limit = parameters.getOrDefault("limit", String.valueOf(StoryFilter.DEFAULT_LIMIT));
        try {
            return new StoryFilter(parameters.get("entity"), parameters.get("q"), since(parameters.get("since")),
                    Integer.parseInt(limit));
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("limit '" + limit + "' is not a number");
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(e.getMessage());
        }
    }

    private static Instant since(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw ApiError.badRequest("since '" + text + "' is not an ISO-8601 time such as 2024-08-11T00:00:00Z");
        }
    }

    private static int partition(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("partition '" + text + "' is not a number");
        }
    }

    private static PeerClient.Answer ok(Object value) {
        return new PeerClient.Answer(200, Json.write(value));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
