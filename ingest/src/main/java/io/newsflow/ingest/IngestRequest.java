package io.newsflow.ingest;

import io.newsflow.ingest.source.FileIngestor;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What one {@code newsflow ingest} run reads.
 *
 * @param interval        poll the feeds on this interval until stopped; null polls each feed once
 * @param followLinks     fetch each new feed item's linked page for its full text
 * @param maxInputBytes   inputs (pages, feed documents, JSON lines) of this size or more are rejected
 * @param progressEvery   how often a long run prints its running totals
 */
public record IngestRequest(List<Path> files, List<Path> directories, List<URI> feeds, Duration interval,
                            boolean followLinks, int maxInputBytes, Duration progressEvery) {

    public IngestRequest {
        files = List.copyOf(files);
        directories = List.copyOf(directories);
        feeds = List.copyOf(feeds);
        if (files.isEmpty() && directories.isEmpty() && feeds.isEmpty()) {
            throw new IllegalArgumentException("nothing to ingest: give --file, --dir or --feed");
        }
        if (interval != null && (feeds.isEmpty() || interval.isNegative() || interval.isZero())) {
            throw new IllegalArgumentException(feeds.isEmpty()
                    ? "--interval polls feeds: give at least one --feed" : "--interval must be positive");
        }
        if (followLinks && feeds.isEmpty()) {
            throw new IllegalArgumentException("--follow-links follows feed items' links: give at least one --feed");
        }
        for (URI feed : feeds) {
            if (!"http".equalsIgnoreCase(feed.getScheme()) && !"https".equalsIgnoreCase(feed.getScheme())) {
                throw new IllegalArgumentException("--feed needs an http or https URL, got '" + feed + "'");
            }
        }
    }

    /** A request with the default size limit and progress interval. */
    public static IngestRequest of(List<Path> files, List<Path> directories, List<URI> feeds, Duration interval,
                                   boolean followLinks) {
        return new IngestRequest(files, directories, feeds, interval, followLinks,
                FileIngestor.DEFAULT_MAX_INPUT_BYTES, Duration.ofSeconds(10));
    }
}
