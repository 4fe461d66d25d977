package io.newsflow.enrich.stream;

/**
 * A dedup-decide input as the bucket lookup makes it, and whether the task that made it decides its article:
 * then it goes straight to dedup-decide in the same task, otherwise across the dedup-decide topic.
 */
record RoutedDecideInput(DecideInput input, boolean decidedHere) {
}
