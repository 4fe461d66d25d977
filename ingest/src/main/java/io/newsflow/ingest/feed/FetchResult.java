package io.newsflow.ingest.feed;

/** What a conditional GET brought back: a body, or the server's word that nothing changed. */
public sealed interface FetchResult {

    record NotModified() implements FetchResult {
    }

    record Fetched(byte[] body) implements FetchResult {
    }
}
