package io.newsflow.deploy.bench;

/** What was loaded into the raw topic before any stage ran. */
record Backlog(long articles, long nearCopies, long exactReposts, long serializedBytes, long bytesOnDisk) {
    double bytesPerArticle() {
        return serializedBytes / (double) articles;
    }
}
