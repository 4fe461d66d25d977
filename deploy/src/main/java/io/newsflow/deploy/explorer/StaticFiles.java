package io.newsflow.deploy.explorer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** The explorer's web page, bundled in the jar: only these files are served, so no path reaches elsewhere. */
final class StaticFiles {
    private static final String FOLDER = "/io/newsflow/explorer/web/";
    private static final Map<String, String> FILES = Map.of(
            "/", "index.html",
            "/index.html", "index.html",
            "/app.js", "app.js",
            "/style.css", "style.css");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8");

    private StaticFiles() {
    }

    static boolean serves(String path) {
        return FILES.containsKey(path);
    }

    static String contentType(String path) {
        String file = FILES.get(path);
        return TYPES.get(file.substring(file.lastIndexOf('.') + 1));
    }

    static byte[] read(String path) {
        String resource = FOLDER + FILES.get(path);
        try (InputStream in = StaticFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("bundled resource " + resource + " is missing from this build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
