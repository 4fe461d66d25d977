package io.newsflow.enrich.stream;

import io.newsflow.enrich.story.FeatureVector;
import io.newsflow.enrich.story.StoryState;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A story in the story-states store. Format 2 added the features filed recently; format 1 reads as none. */
public final class StoryStateSerde extends BinarySerde<StoryState> {
    public StoryStateSerde() {
        super(2);
    }

    @Override
    void write(StoryState story, DataOutputStream out) throws IOException {
        out.writeUTF(story.storyId());
        out.writeUTF(story.title());
        out.writeLong(story.firstPublishedAt().toEpochMilli());
        out.writeLong(story.lastPublishedAt().toEpochMilli());
        out.writeInt(story.articleCount());
        out.writeInt(story.sources().size());
        for (String source : story.sources()) {
            out.writeUTF(source);
        }
        out.writeInt(story.entityCounts().size());
        for (Map.Entry<String, Integer> entity : story.entityCounts().entrySet()) {
            out.writeUTF(entity.getKey());
            out.writeInt(entity.getValue());
        }
        FeatureVector centroid = story.centroid();
        out.writeInt(centroid.size());
        for (int i = 0; i < centroid.size(); i++) {
            out.writeUTF(centroid.feature(i));
            out.writeDouble(centroid.weight(i));
        }
        out.writeUTF(story.lastArticleId());
        out.writeInt(story.filedAt().size());
        for (Map.Entry<String, Instant> filed : story.filedAt().entrySet()) {
            out.writeUTF(filed.getKey());
            out.writeLong(filed.getValue().toEpochMilli());
        }
    }

    @Override
    StoryState read(DataInputStream in) throws IOException {
        StoryState story = readFormat1(in);
        Map<String, Instant> filedAt = new LinkedHashMap<>();
        for (int i = in.readInt(); i > 0; i--) {
            filedAt.put(in.readUTF(), Instant.ofEpochMilli(in.readLong()));
        }
        return new StoryState(story.storyId(), story.title(), story.firstPublishedAt(), story.lastPublishedAt(),
                story.articleCount(), story.sources(), story.entityCounts(), story.centroid(), story.lastArticleId(),
                filedAt);
    }

    /** A story written before it listed the features it was filed under: they are filed again at its next article. */
    @Override
    StoryState readEarlierFormat(int version, DataInputStream in) throws IOException {
        return version == 1 ? readFormat1(in) : super.readEarlierFormat(version, in);
    }

    private static StoryState readFormat1(DataInputStream in) throws IOException {
        String storyId = in.readUTF();
        String title = in.readUTF();
        Instant first = Instant.ofEpochMilli(in.readLong());
        Instant last = Instant.ofEpochMilli(in.readLong());
        int articleCount = in.readInt();
        List<String> sources = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            sources.add(in.readUTF());
        }
        Map<String, Integer> entities = new LinkedHashMap<>();
        for (int i = in.readInt(); i > 0; i--) {
            entities.put(in.readUTF(), in.readInt());
        }
        String[] features = new String[in.readInt()];
        double[] weights = new double[features.length];
        for (int i = 0; i < features.length; i++) {
            features[i] = in.readUTF();
            weights[i] = in.readDouble();
        }
        return new StoryState(storyId, title, first, last, articleCount, sources, entities,
                FeatureVector.fromSorted(features, weights), in.readUTF(), Map.of());
    }
}
