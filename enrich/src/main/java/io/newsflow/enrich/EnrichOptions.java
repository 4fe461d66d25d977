package io.newsflow.enrich;

import io.newsflow.enrich.dedup.DedupSettings;
import io.newsflow.enrich.story.StorySettings;
import java.time.Duration;

/**
 * How the enrich topology dedups and clusters. Settings keys the service maps here:
 * {@code dedup.retention} to dedupRetention, {@code dedup.grace} and {@code dedup.grace.quiet} to verdictHold,
 * {@code story.open.duration} to story.openDuration, {@code topics.partitions} to parallelPartitions.
 *
 * @param dedupRetention     how long an original stays in the dedup index (a later copy is still caught)
 * @param verdictHold        how long a complete dedup verdict is held for late matches
 * @param dedup              near-duplicate tuning
 * @param story              story clustering tuning, including how long a story stays open
 * @param parallelPartitions partitions of the tag-parallel repartition topic, i.e. how many instances share tagging
 */
public record EnrichOptions(Duration dedupRetention, VerdictHold verdictHold, DedupSettings dedup,
                            StorySettings story, int parallelPartitions) {
    public static EnrichOptions defaults() {
        return new EnrichOptions(Duration.ofDays(7), VerdictHold.defaults(), DedupSettings.defaults(),
                StorySettings.defaults(), 3);
    }

    public EnrichOptions {
        if (dedupRetention.isNegative() || dedupRetention.isZero()) {
            throw new IllegalArgumentException("dedup retention must be positive, got " + dedupRetention);
        }
        if (parallelPartitions <= 0) {
            throw new IllegalArgumentException("parallelPartitions must be positive, got " + parallelPartitions);
        }
    }

    public EnrichOptions withDedupRetention(Duration retention) {
        return new EnrichOptions(retention, verdictHold, dedup, story, parallelPartitions);
    }

    public EnrichOptions withVerdictHold(VerdictHold hold) {
        return new EnrichOptions(dedupRetention, hold, dedup, story, parallelPartitions);
    }

    public EnrichOptions withStoryOpenDuration(Duration openDuration) {
        return new EnrichOptions(dedupRetention, verdictHold, dedup, story.withOpenDuration(openDuration),
                parallelPartitions);
    }

    public EnrichOptions withParallelPartitions(int partitions) {
        return new EnrichOptions(dedupRetention, verdictHold, dedup, story, partitions);
    }
}
