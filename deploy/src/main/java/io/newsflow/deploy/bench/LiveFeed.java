package io.newsflow.deploy.bench;

import io.newsflow.deploy.bench.news.BenchNews;
import io.newsflow.schemas.avro.RawArticle;
import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Feeds new articles at a steady rate, as a live news feed would, each one registered with the watcher
 * (by id and first-seen time) just before it is sent.
 */
final class LiveFeed {
    private static final long PROGRESS_EVERY_NANOS = 5_000_000_000L;

    private LiveFeed() {
    }

    /** Articles {@code first}, {@code first + 1}, ... at {@code rate} a second for the given time; returns how many. */
    static long feed(BenchNews news, long first, double rate, int seconds, RawLoader loader, OutputWatcher watcher,
                     PrintStream out) throws InterruptedException {
        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(seconds);
        long lastProgress = start;
        long fed = 0;
        while (true) {
            long due = start + (long) (fed * 1e9 / rate);
            if (due >= end) {
                loader.flush();
                return fed;
            }
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            RawArticle article = loader.assemble(news.article(first + fed));
            watcher.expectLive(article.getArticleId(), article.getFirstSeenAt().toEpochMilli());
            loader.send(article);
            fed++;
            if (System.nanoTime() - lastProgress > PROGRESS_EVERY_NANOS) {
                out.printf(Locale.ROOT, "bench: (d) live %,d articles fed in %.0f of %d s, %,d enriched so far%n", fed,
                        (System.nanoTime() - start) / 1e9, seconds, watcher.enrichedLatencies().size());
                lastProgress = System.nanoTime();
            }
        }
    }
}
