package io.newsflow.ingest.feed;

import io.newsflow.ingest.model.InputRejectedException;
import io.newsflow.ingest.model.RejectionReason;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fetches feeds with conditional GET: the ETag and Last-Modified of the previous answer go back as
 * If-None-Match / If-Modified-Since, so an unchanged feed costs the publisher a 304 and us no parsing.
 * Bodies are read up to a size limit and never further.
 */
public final class HttpFetcher {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Pattern CHARSET = Pattern.compile("(?i);\\s*charset=\"?([^\";\\s]+)");
    private static final String USER_AGENT = "newsflow-ingest/0.1";

    private record Validators(String etag, String lastModified) {
    }

    private final HttpClient client;
    private final int maxBodyBytes;
    private final Map<URI, Validators> validators = new ConcurrentHashMap<>();

    public HttpFetcher(HttpClient client, int maxBodyBytes) {
        this.client = client;
        this.maxBodyBytes = maxBodyBytes;
    }

    public static HttpClient defaultClient() {
        return HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** A feed: conditional on what the last fetch of this URI answered. */
    public FetchResult fetchConditionally(URI uri) throws InputRejectedException {
        HttpRequest.Builder request = request(uri);
        Validators known = validators.get(uri);
        if (known != null) {
            Optional.ofNullable(known.etag()).ifPresent(etag -> request.header("If-None-Match", etag));
            Optional.ofNullable(known.lastModified()).ifPresent(date -> request.header("If-Modified-Since", date));
        }
        HttpResponse<InputStream> response = send(uri, request.build());
        if (response.statusCode() == 304) {
            close(response);
            return new FetchResult.NotModified();
        }
        FetchResult.Fetched fetched = body(uri, response);
        String etag = response.headers().firstValue("ETag").orElse(null);
        String lastModified = response.headers().firstValue("Last-Modified").orElse(null);
        if (etag != null || lastModified != null) {
            validators.put(uri, new Validators(etag, lastModified));
        }
        return fetched;
    }

    /** A page, unconditionally. */
    public FetchResult.Fetched fetch(URI uri) throws InputRejectedException {
        return body(uri, send(uri, request(uri).build()));
    }

    private static HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("User-Agent", USER_AGENT).GET();
    }

    private HttpResponse<InputStream> send(URI uri, HttpRequest request) throws InputRejectedException {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new InputRejectedException(RejectionReason.FETCH_FAILED, "cannot fetch " + uri + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputRejectedException(RejectionReason.FETCH_FAILED, "interrupted while fetching " + uri, e);
        }
    }

    private FetchResult.Fetched body(URI uri, HttpResponse<InputStream> response) throws InputRejectedException {
        try (InputStream in = response.body()) {
            if (response.statusCode() / 100 != 2) {
                throw new InputRejectedException(RejectionReason.FETCH_FAILED,
                        uri + " answered HTTP " + response.statusCode());
            }
            byte[] body = in.readNBytes(maxBodyBytes);
            if (body.length >= maxBodyBytes) {
                throw new InputRejectedException(RejectionReason.TOO_LARGE,
                        uri + " sent " + maxBodyBytes + " bytes or more; inputs must be smaller");
            }
            return new FetchResult.Fetched(body, declaredCharset(response).orElse(null));
        } catch (IOException e) {
            throw new InputRejectedException(RejectionReason.FETCH_FAILED, "cannot read " + uri + ": " + e, e);
        }
    }

    private static Optional<Charset> declaredCharset(HttpResponse<?> response) {
        Matcher charset = CHARSET.matcher(response.headers().firstValue("Content-Type").orElse(""));
        if (!charset.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Charset.forName(charset.group(1)));
        } catch (IllegalArgumentException unknownCharset) {
            return Optional.empty();
        }
    }

    private static void close(HttpResponse<InputStream> response) {
        try {
            response.body().close();
        } catch (IOException ignored) {
            // an empty 304 body has nothing to release
        }
    }
}
