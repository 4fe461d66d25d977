package io.newsflow.deploy.bench;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What to run: {@code warmup} articles first (processed, not measured), then {@code articles} measured;
 * live mode for {@code liveSeconds}; everything of the run under {@code workDir} (kept when asked).
 */
public record BenchOptions(int articles, int warmup, int liveSeconds, long seed, int partitions,
                           Duration stageTimeout, Path workDir, boolean keepWorkDir) {
    int backlog() {
        return warmup + articles;
    }
}
