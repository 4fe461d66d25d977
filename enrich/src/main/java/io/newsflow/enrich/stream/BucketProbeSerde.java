package io.newsflow.enrich.stream;

import io.newsflow.enrich.dedup.DedupMember;
import io.newsflow.enrich.dedup.ProbeKeys;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Values of the dedup-bucket repartition topic and of the stored members: the probing member, then its
 * bucket keys. Format 4 names the band keys by number (they are rebuilt from the member's signature, see
 * {@link ProbeKeys#compact}) and writes whole only the exact key and any key no band gives. Format 3 wrote
 * every key whole; format 2 is a member that releases before that sent alone, one per bucket (format 2 of
 * {@link DedupMemberSerde}), read as a probe of no listed bucket, which means the bucket of its record key.
 */
final class BucketProbeSerde extends BinarySerde<BucketProbe> {
    private static final int ONE_MEMBER_PER_BUCKET = 2;
    private static final int KEYS_WRITTEN_WHOLE = 3;
    private final DedupMemberSerde members = new DedupMemberSerde();
    private final ProbeKeys probeKeys;

    BucketProbeSerde(ProbeKeys probeKeys) {
        super(4);
        this.probeKeys = probeKeys;
    }

    @Override
    void write(BucketProbe probe, DataOutputStream out) throws IOException {
        members.write(probe.member(), out);
        ProbeKeys.CompactKeys keys = probeKeys.compact(probe.member().signature(), probe.bucketKeys());
        out.writeBoolean(keys.exact() != null);
        if (keys.exact() != null) {
            out.writeUTF(keys.exact());
        }
        out.writeLong(keys.bandMask());
        writeKeys(keys.others(), out);
    }

    @Override
    BucketProbe read(DataInputStream in) throws IOException {
        DedupMember member = members.read(in);
        String exact = in.readBoolean() ? in.readUTF() : null;
        long bandMask = in.readLong();
        ProbeKeys.CompactKeys keys = new ProbeKeys.CompactKeys(exact, bandMask, readKeys(in));
        return new BucketProbe(member, probeKeys.expand(member.signature(), keys));
    }

    @Override
    BucketProbe readEarlierFormat(int version, DataInputStream in) throws IOException {
        if (version == KEYS_WRITTEN_WHOLE) {
            return new BucketProbe(members.read(in), readKeys(in));
        }
        if (version == ONE_MEMBER_PER_BUCKET) {
            return new BucketProbe(members.read(in), List.of());
        }
        return super.readEarlierFormat(version, in);
    }

    private static void writeKeys(List<String> keys, DataOutputStream out) throws IOException {
        out.writeShort(keys.size());
        for (String key : keys) {
            out.writeUTF(key);
        }
    }

    private static List<String> readKeys(DataInputStream in) throws IOException {
        int count = in.readUnsignedShort();
        List<String> keys = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            keys.add(in.readUTF());
        }
        return keys;
    }
}
