package io.newsflow.deploy.bench;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What to run: {@code warmup} articles first (processed, not measured), then {@code articles} measured;
 * live mode for {@code liveSeconds}; the broker's data, the stages' state, settings and logs under
 * {@code workDir}.
 */
public record BenchOptions(int articles, int warmup, int liveSeconds, long seed, int partitions,
                           Duration stageTimeout, Path workDir) {
    int backlog() {
        return warmup + articles;
    }
}
