package io.newsflow.deploy.monitoring;

/** One PromQL expression shipped in the monitoring files, named by where it comes from for failure messages. */
record Query(String origin, String expr) {
    @Override
    public String toString() {
        return origin + ": " + expr;
    }
}
