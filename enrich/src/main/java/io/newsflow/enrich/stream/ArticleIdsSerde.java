package io.newsflow.enrich.stream;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Values of the dedup bucket index: the ids of the articles filed in one bucket at one stream time. */
final class ArticleIdsSerde extends BinarySerde<List<String>> {
    ArticleIdsSerde() {
        super(1);
    }

    @Override
    void write(List<String> ids, DataOutputStream out) throws IOException {
        out.writeShort(ids.size());
        for (String id : ids) {
            out.writeUTF(id);
        }
    }

    @Override
    List<String> read(DataInputStream in) throws IOException {
        int count = in.readUnsignedShort();
        List<String> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ids.add(in.readUTF());
        }
        return ids;
    }
}
