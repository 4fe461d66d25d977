package io.newsflow.enrich;

import io.newsflow.enrich.dedup.StoredOriginal;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Instant;

/** An original in the dedup-originals store. */
final class StoredOriginalSerde extends BinarySerde<StoredOriginal> {
    StoredOriginalSerde() {
        super(1);
    }

    @Override
    void write(StoredOriginal original, DataOutputStream out) throws IOException {
        out.writeUTF(original.articleId());
        out.writeLong(original.publishedAt().toEpochMilli());
        writeSignature(original.signature(), out);
    }

    @Override
    StoredOriginal read(DataInputStream in) throws IOException {
        return new StoredOriginal(in.readUTF(), Instant.ofEpochMilli(in.readLong()), readSignature(in));
    }
}
