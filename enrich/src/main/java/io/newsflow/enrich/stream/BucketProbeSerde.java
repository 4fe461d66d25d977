package io.newsflow.enrich.stream;

import io.newsflow.enrich.dedup.DedupMember;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Values of the dedup-bucket repartition topic: the probing member, then the bucket keys. Format 3 follows
 * the members that releases before it sent alone, one per bucket (format 2 of {@link DedupMemberSerde});
 * such a record is read as a probe of no listed bucket, which means the bucket of its record key.
 */
final class BucketProbeSerde extends BinarySerde<BucketProbe> {
    private static final int ONE_MEMBER_PER_BUCKET = 2;
    private final DedupMemberSerde members = new DedupMemberSerde();

    BucketProbeSerde() {
        super(3);
    }

    @Override
    void write(BucketProbe probe, DataOutputStream out) throws IOException {
        members.write(probe.member(), out);
        out.writeShort(probe.bucketKeys().size());
        for (String key : probe.bucketKeys()) {
            out.writeUTF(key);
        }
    }

    @Override
    BucketProbe read(DataInputStream in) throws IOException {
        DedupMember member = members.read(in);
        int count = in.readUnsignedShort();
        List<String> keys = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            keys.add(in.readUTF());
        }
        return new BucketProbe(member, keys);
    }

    @Override
    BucketProbe readEarlierFormat(int version, DataInputStream in) throws IOException {
        if (version == ONE_MEMBER_PER_BUCKET) {
            return new BucketProbe(members.read(in), List.of());
        }
        return super.readEarlierFormat(version, in);
    }
}
