package io.newsflow.ingest;

import io.newsflow.ingest.feed.FeedPoller;
import io.newsflow.ingest.model.Origin;
import io.newsflow.ingest.source.FileIngestor;
import io.newsflow.ingest.source.InputFormat;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every value the {@code source} tag of a rejection can take: the kind of article that could not be
 * assembled or published, or the kind of file, directory or feed that failed before any article was made.
 */
final class RejectionSources {
    private RejectionSources() {
    }

    static Set<String> all() {
        Set<String> sources = new TreeSet<>();
        for (Origin origin : Origin.values()) {
            sources.add(origin.wireName());
        }
        for (InputFormat format : InputFormat.values()) {
            sources.add(format.sourceTag());
        }
        sources.add(FileIngestor.UNNAMED_FILE_SOURCE);
        sources.add(FileIngestor.DIRECTORY_SOURCE);
        sources.add(FeedPoller.SOURCE_TAG);
        return sources;
    }
}
