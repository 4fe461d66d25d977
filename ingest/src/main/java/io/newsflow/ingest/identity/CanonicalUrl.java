package io.newsflow.ingest.identity;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The form of an article URL that two sightings of the same article share: scheme and host lower-cased,
 * default port and fragment dropped, and the tracking parameters that campaigns and social sites append
 * removed (they name the visit, not the article). Other parameters keep their order: some sites need them.
 */
public final class CanonicalUrl {
    private static final Set<String> TRACKING_PARAMETERS = Set.of(
            "fbclid", "gclid", "gclsrc", "dclid", "msclkid", "yclid", "igshid", "twclid", "mc_cid", "mc_eid",
            "_ga", "_gl", "ocid", "cmpid", "ref_src", "wt.mc_id", "mkt_tok", "spm");

    private CanonicalUrl() {
    }

    /** The canonical form of an absolute http(s) URL, or empty when the text is not one. */
    public static Optional<String> of(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(url.trim());
            String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!"http".equals(scheme) && !"https".equals(scheme) || uri.getHost() == null) {
                return Optional.empty();
            }
            StringBuilder canonical = new StringBuilder(scheme).append("://")
                    .append(uri.getHost().toLowerCase(Locale.ROOT));
            if (uri.getPort() != -1 && uri.getPort() != defaultPort(scheme)) {
                canonical.append(':').append(uri.getPort());
            }
            String path = uri.getRawPath();
            canonical.append(path == null || path.isEmpty() ? "/" : path);
            String query = withoutTracking(uri.getRawQuery());
            if (!query.isEmpty()) {
                canonical.append('?').append(query);
            }
            return Optional.of(canonical.toString());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static int defaultPort(String scheme) {
        return "https".equals(scheme) ? 443 : 80;
    }

    private static String withoutTracking(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        return Arrays.stream(rawQuery.split("&"))
                .filter(parameter -> !parameter.isEmpty() && !isTracking(parameter))
                .collect(Collectors.joining("&"));
    }

    private static boolean isTracking(String parameter) {
        int equals = parameter.indexOf('=');
        String name = (equals < 0 ? parameter : parameter.substring(0, equals)).toLowerCase(Locale.ROOT);
        return name.startsWith("utm_") || TRACKING_PARAMETERS.contains(name);
    }
}
