package io.newsflow.ingest.feed;

import io.newsflow.ingest.model.InputRejectedException;
import io.newsflow.ingest.source.StrictUtf8;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** What a conditional GET brought back: a body, or the server's word that nothing changed. */
public sealed interface FetchResult {

    record NotModified() implements FetchResult {
    }

    /**
     * @param declaredCharset the charset the server named in Content-Type, or null when it named none
     */
    record Fetched(byte[] body, Charset declaredCharset) implements FetchResult {

        /**
         * The body as text: in the charset the server declared (older sites still serve ISO-8859-1 or
         * windows-1252), else as strict UTF-8, which the web defaults to.
         */
        public String text() throws InputRejectedException {
            if (declaredCharset != null && !StandardCharsets.UTF_8.equals(declaredCharset)) {
                return new String(body, declaredCharset);
            }
            return StrictUtf8.decode(body);
        }
    }
}
