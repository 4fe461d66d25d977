package io.newsflow.deploy.faults;

import java.time.Duration;

/** What a scenario does to a running cluster while output flows; answers how long output took to resume. */
@FunctionalInterface
interface Fault {
    Duration inject(Cluster cluster, Ledger ledger) throws Exception;
}
