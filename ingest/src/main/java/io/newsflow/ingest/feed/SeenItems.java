package io.newsflow.ingest.feed;

import java.util.concurrent.CompletableFuture;

/** The feed items already handled, so a poll publishes only what is new, also after a restart. */
public interface SeenItems {

    boolean contains(String itemKey);

    /** Records the item as handled; completes when the record is durable. */
    CompletableFuture<Void> remember(String itemKey);
}
