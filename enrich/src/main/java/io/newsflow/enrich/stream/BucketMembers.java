package io.newsflow.enrich.stream;

import io.newsflow.enrich.dedup.DedupMember;
import io.newsflow.enrich.dedup.ProbeKeys;
import io.newsflow.schemas.streams.RecentlyUsed;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The members of one partition's dedup buckets, stored so that filing an article costs one changelog
 * record however many of its buckets live here.
 *
 * <p>{@code dedup-members} (logged) holds each filed probe once, keyed by article id: the member and the
 * keys of the buckets it was filed in. {@code dedup-bucket-index} (local only) lists, per bucket and stream
 * time, the ids filed there; it is derived from the members and rebuilt from them whenever the two
 * disagree. They disagree after the members were restored from the changelog without the index (state
 * wiped, a task moved to another instance, a standby promoted, or a local copy older than the changelog):
 * {@code dedup-members-filed} (logged, cached: one record per commit) counts the members filed, and
 * {@code dedup-bucket-index-filed} (local) the members the index holds.
 *
 * <p>Both window stores are stamped with stream time, so members expire segment by segment after the
 * retention; the index may briefly name a member the members store no longer has (an aborted transaction
 * restored away), and such names are skipped.
 *
 * <p>The members filed or read last are kept decoded: a near copy meets its original in most of its buckets,
 * and decoding the original's signature from the store once per shared bucket was the bucket lookups' main
 * cost. Members never change once filed, so the decoded copy cannot go stale; it is made anew with the
 * processor whenever Kafka Streams rebuilds the task's state, as after an aborted transaction.
 */
final class BucketMembers {
    static final String MEMBERS_STORE = "dedup-members";
    static final String INDEX_STORE = "dedup-bucket-index";
    static final String MEMBERS_FILED_STORE = "dedup-members-filed";
    static final String INDEX_FILED_STORE = "dedup-bucket-index-filed";
    private static final String FILED = "filed";
    /** Window stores need a window; members are points in time, so the smallest one. */
    private static final Duration POINT = Duration.ofMillis(1);
    /** Members kept decoded per task: the few thousand articles a copy usually follows its original within. */
    static final int DECODED_MEMBERS = 8_192;
    private static final Logger LOG = LoggerFactory.getLogger(BucketMembers.class);

    private final WindowStore<String, BucketProbe> members;
    private final WindowStore<String, List<String>> index;
    private final KeyValueStore<String, Long> membersFiled;
    private final KeyValueStore<String, Long> indexFiled;
    private final long retentionMillis;
    private final String task;
    private final RecentlyUsed<DedupMember> decoded = new RecentlyUsed<>(DECODED_MEMBERS);
    private boolean indexChecked;

    private BucketMembers(ProcessorContext<?, ?> context, long retentionMillis) {
        this.members = context.getStateStore(MEMBERS_STORE);
        this.index = context.getStateStore(INDEX_STORE);
        this.membersFiled = context.getStateStore(MEMBERS_FILED_STORE);
        this.indexFiled = context.getStateStore(INDEX_FILED_STORE);
        this.retentionMillis = retentionMillis;
        this.task = context.taskId().toString();
    }

    static Set<StoreBuilder<?>> stores(Duration retention, ProbeKeys probeKeys) {
        return Set.of(
                Stores.windowStoreBuilder(Stores.persistentWindowStore(MEMBERS_STORE, retention, POINT, false),
                        Serdes.String(), new BucketProbeSerde(probeKeys)),
                Stores.windowStoreBuilder(Stores.persistentWindowStore(INDEX_STORE, retention, POINT, false),
                        Serdes.String(), new ArticleIdsSerde()).withLoggingDisabled(),
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(MEMBERS_FILED_STORE),
                        Serdes.String(), Serdes.Long()).withCachingEnabled(),
                Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(INDEX_FILED_STORE),
                        Serdes.String(), Serdes.Long()).withLoggingDisabled());
    }

    /** The members of the task's stores; the index is checked against them on first use. */
    static BucketMembers open(ProcessorContext<?, ?> context, Duration retention) {
        return new BucketMembers(context, retention.toMillis());
    }

    /** The most recent members of a bucket, newest first, at most {@code limit}. */
    List<DedupMember> recent(String bucketKey, long now, int limit) {
        checkIndexOnce();
        List<DedupMember> recent = new ArrayList<>(Math.min(limit, 8));
        try (WindowStoreIterator<List<String>> filed = index.backwardFetch(bucketKey, now - retentionMillis,
                Long.MAX_VALUE)) {
            while (filed.hasNext() && recent.size() < limit) {
                KeyValue<Long, List<String>> entry = filed.next();
                List<String> ids = entry.value;
                for (int i = ids.size() - 1; i >= 0 && recent.size() < limit; i--) {
                    DedupMember member = member(ids.get(i), entry.key);
                    if (member != null) {
                        recent.add(member);
                    }
                }
            }
        }
        return recent;
    }

    private DedupMember member(String articleId, long filedAt) {
        DedupMember member = decoded.get(articleId);
        if (member == null) {
            BucketProbe stored = members.fetch(articleId, filedAt);
            if (stored == null) {
                return null;
            }
            member = stored.member();
            decoded.put(articleId, member);
        }
        return member;
    }

    /** Files the probe as a member of each bucket it names. */
    void file(BucketProbe probe, long now) {
        checkIndexOnce();
        members.put(probe.member().articleId(), probe, now);
        decoded.put(probe.member().articleId(), probe.member());
        indexUnder(probe, now);
        long filed = filedCount(membersFiled) + 1;
        membersFiled.put(FILED, filed);
        indexFiled.put(FILED, filed);
    }

    private void indexUnder(BucketProbe probe, long stamp) {
        String articleId = probe.member().articleId();
        for (String key : probe.bucketKeys()) {
            List<String> ids = index.fetch(key, stamp);
            if (ids == null) {
                index.put(key, List.of(articleId), stamp);
            } else if (!ids.contains(articleId)) {
                List<String> more = new ArrayList<>(ids.size() + 1);
                more.addAll(ids);
                more.add(articleId);
                index.put(key, more, stamp);
            }
        }
    }

    /**
     * On first use, not in {@code init}: that is when a task's stores are known to be restored, whatever
     * runs the processor.
     */
    private void checkIndexOnce() {
        if (indexChecked) {
            return;
        }
        indexChecked = true;
        long filed = filedCount(membersFiled);
        long indexed = filedCount(indexFiled);
        if (filed == indexed) {
            return;
        }
        long started = System.nanoTime();
        int reindexed = 0;
        try (KeyValueIterator<Windowed<String>, BucketProbe> all = members.all()) {
            while (all.hasNext()) {
                KeyValue<Windowed<String>, BucketProbe> member = all.next();
                indexUnder(member.value, member.key.window().start());
                reindexed++;
            }
        }
        indexFiled.put(FILED, filed);
        LOG.info("task {}: dedup bucket index rebuilt from {} stored members in {} ms (it held {} of {} filed)",
                task, reindexed, (System.nanoTime() - started) / 1_000_000, indexed, filed);
    }

    private static long filedCount(KeyValueStore<String, Long> store) {
        Long filed = store.get(FILED);
        return filed == null ? 0 : filed;
    }
}
