package io.newsflow.deploy.bench;

/** What enrich made of the backlog: every article comes out once, enriched, as a duplicate or as a dead letter. */
record EnrichOutcome(long enriched, long duplicates, long deadLetters) {
}
