package io.newsflow.enrich.stream;

import io.newsflow.enrich.dedup.BucketAnswer;
import io.newsflow.enrich.dedup.DedupBucket;
import io.newsflow.enrich.dedup.DedupMember;
import io.newsflow.enrich.dedup.DedupSettings;
import io.newsflow.enrich.dedup.LateMatch;
import io.newsflow.enrich.dedup.ProbeKeys;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.StoreBuilder;

/**
 * One partition of dedup buckets: answers each probe from the recent members of every bucket it names
 * (the article's buckets that live on this partition), files the probe as a member of each, and sends
 * one answer for them all on keyed by the probing article's id, plus a late match to each similar member
 * that was seen after the probe but filed before it. Members are stamped with stream time, not publishedAt,
 * so an old copy arriving late still meets its original within the retention (see {@link BucketMembers}).
 */
final class BucketLookupProcessor implements Processor<String, BucketProbe, String, RoutedDecideInput> {
    private final DedupSettings settings;
    private final Duration retention;
    private final DedupBucket bucket;
    private final DecidePlacement decidePlacement;
    private ProcessorContext<String, RoutedDecideInput> context;
    private BucketMembers members;
    private int partition;

    private BucketLookupProcessor(DedupSettings settings, Duration retention, DecidePlacement decidePlacement) {
        this.settings = settings;
        this.retention = retention;
        this.bucket = new DedupBucket(settings);
        this.decidePlacement = decidePlacement;
    }

    static ProcessorSupplier<String, BucketProbe, String, RoutedDecideInput> supplier(DedupSettings settings,
            Duration retention, DecidePlacement decidePlacement) {
        return new ProcessorSupplier<>() {
            @Override
            public Processor<String, BucketProbe, String, RoutedDecideInput> get() {
                return new BucketLookupProcessor(settings, retention, decidePlacement);
            }

            @Override
            public Set<StoreBuilder<?>> stores() {
                return BucketMembers.stores(retention, new ProbeKeys(settings));
            }
        };
    }

    @Override
    public void init(ProcessorContext<String, RoutedDecideInput> context) {
        this.context = context;
        this.members = BucketMembers.open(context, retention);
        this.partition = context.taskId().partition();
    }

    @Override
    public void process(Record<String, BucketProbe> record) {
        long now = Math.max(context.currentStreamTimeMs(), record.timestamp());
        DedupMember probe = record.value().member();
        List<String> keys = record.value().bucketKeys().isEmpty() ? List.of(record.key())
                : record.value().bucketKeys();
        List<BucketAnswer> answers = new ArrayList<>(keys.size());
        for (String key : keys) {
            answers.add(bucket.answer(key, probe, members.recent(key, now, settings.bucketScanLimit())));
        }
        BucketAnswer together = BucketAnswer.ofAll(answers);
        if (!together.toProbe().redelivered()) {
            members.file(new BucketProbe(probe, keys), now);
        }
        forward(record, probe.articleId(), new DecideInput.Answer(probe.order(), together.toProbe(), keys.size()));
        for (LateMatch late : together.lateMatches()) {
            forward(record, late.articleId(), new DecideInput.Late(late.order(), late.earlier()));
        }
    }

    private void forward(Record<String, BucketProbe> probe, String articleId, DecideInput input) {
        context.forward(probe.withKey(articleId)
                .withValue(new RoutedDecideInput(input, decidePlacement.decidesOn(articleId, partition))));
    }
}
