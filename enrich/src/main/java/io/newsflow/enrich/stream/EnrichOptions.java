package io.newsflow.enrich.stream;

import io.newsflow.enrich.dedup.DedupSettings;
import io.newsflow.enrich.furniture.FurnitureSettings;
import io.newsflow.enrich.story.StorySettings;
import java.time.Duration;

/**
 * How the enrich topology dedups and clusters. Settings keys the service maps here:
 * {@code dedup.retention} to dedupRetention, {@code dedup.grace} to dedupGrace,
 * {@code story.open.duration} to story.openDuration, {@code story.refile.after} to story.refileAfter,
 * {@code story.merge.threshold} and {@code story.merge.max.articles} to story.mergeThreshold and mergeMaxArticles,
 * {@code topics.partitions} to parallelPartitions, {@code enrich.furniture.*} to furniture.
 *
 * @param dedupRetention     how long an original stays in the dedup index (a later copy is still caught)
 * @param dedupGrace         how far ingest's first-seen clock must pass an article before its dedup verdict
 *                           is emitted while the pipeline has a backlog, so that an earlier-seen copy whose
 *                           raw partition lags can still claim it; zero emits at once, which is only safe
 *                           with a single raw partition
 * @param dedup              near-duplicate tuning
 * @param story              story clustering tuning, including how long a story stays open
 * @param parallelPartitions partitions of the dedup repartition topics, i.e. how many instances share dedup and tagging
 * @param furniture          which recurring lines of a source are learned as its furniture and dropped
 */
public record EnrichOptions(Duration dedupRetention, Duration dedupGrace, DedupSettings dedup,
                            StorySettings story, int parallelPartitions, FurnitureSettings furniture) {
    public static EnrichOptions defaults() {
        return new EnrichOptions(Duration.ofDays(7), Duration.ofSeconds(10), DedupSettings.defaults(),
                StorySettings.defaults(), 3, FurnitureSettings.defaults());
    }

    public EnrichOptions {
        if (dedupRetention.isNegative() || dedupRetention.isZero()) {
            throw new IllegalArgumentException("dedup retention must be positive, got " + dedupRetention);
        }
        if (dedupGrace.isNegative()) {
            throw new IllegalArgumentException("dedup grace must not be negative, got " + dedupGrace);
        }
        if (parallelPartitions <= 0) {
            throw new IllegalArgumentException("parallelPartitions must be positive, got " + parallelPartitions);
        }
    }

    public EnrichOptions withDedupRetention(Duration retention) {
        return new EnrichOptions(retention, dedupGrace, dedup, story, parallelPartitions, furniture);
    }

    public EnrichOptions withDedupGrace(Duration grace) {
        return new EnrichOptions(dedupRetention, grace, dedup, story, parallelPartitions, furniture);
    }

    public EnrichOptions withStoryOpenDuration(Duration openDuration) {
        return new EnrichOptions(dedupRetention, dedupGrace, dedup, story.withOpenDuration(openDuration),
                parallelPartitions, furniture);
    }

    public EnrichOptions withStoryRefileAfter(Duration refileAfter) {
        return new EnrichOptions(dedupRetention, dedupGrace, dedup, story.withRefileAfter(refileAfter),
                parallelPartitions, furniture);
    }

    public EnrichOptions withStoryMerging(double threshold, int maxArticles) {
        return new EnrichOptions(dedupRetention, dedupGrace, dedup, story.withMerging(threshold, maxArticles),
                parallelPartitions, furniture);
    }

    public EnrichOptions withParallelPartitions(int partitions) {
        return new EnrichOptions(dedupRetention, dedupGrace, dedup, story, partitions, furniture);
    }

    public EnrichOptions withFurniture(FurnitureSettings settings) {
        return new EnrichOptions(dedupRetention, dedupGrace, dedup, story, parallelPartitions, settings);
    }
}
