package io.newsflow.enrich.stream;

import io.newsflow.enrich.dedup.DedupMember;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Instant;

/** A bucket member: on the dedup-bucket repartition topic as a probe, and in the bucket store once filed. */
final class DedupMemberSerde extends BinarySerde<DedupMember> {
    DedupMemberSerde() {
        super(2);
    }

    @Override
    void write(DedupMember member, DataOutputStream out) throws IOException {
        out.writeUTF(member.articleId());
        writeOrder(member.order(), out);
        out.writeLong(member.publishedAt().toEpochMilli());
        writeSignature(member.signature(), out);
    }

    @Override
    DedupMember read(DataInputStream in) throws IOException {
        return new DedupMember(in.readUTF(), readOrder(in), Instant.ofEpochMilli(in.readLong()), readSignature(in));
    }
}
