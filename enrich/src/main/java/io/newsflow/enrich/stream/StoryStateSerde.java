package io.newsflow.enrich.stream;

import io.newsflow.enrich.story.EarlyArticle;
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

/**
 * A story in the story-states store. Format 2 added the features filed recently, format 3 a small story's
 * early articles; earlier formats read as none.
 */
public final class StoryStateSerde extends BinarySerde<StoryState> {
    public StoryStateSerde() {
        super(3);
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
        out.writeInt(story.earlyArticles().size());
        for (EarlyArticle early : story.earlyArticles()) {
            out.writeUTF(early.articleId());
            byte[] payload = early.payload();
            out.writeInt(payload.length);
            out.write(payload);
        }
    }

    @Override
    StoryState read(DataInputStream in) throws IOException {
        StoryState story = readFormat2(in);
        List<EarlyArticle> early = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            String articleId = in.readUTF();
            byte[] payload = new byte[in.readInt()];
            in.readFully(payload);
            early.add(new EarlyArticle(articleId, payload));
        }
        return withEarly(story, story.filedAt(), early);
    }

    /**
     * A story written before it listed the features it was filed under (format 1; they are filed again at its
     * next article) or its early articles (formats 1 and 2; an absorbing story then takes in none of them).
     */
    @Override
    StoryState readEarlierFormat(int version, DataInputStream in) throws IOException {
        return switch (version) {
            case 1 -> readFormat1(in);
            case 2 -> readFormat2(in);
            default -> super.readEarlierFormat(version, in);
        };
    }

    private static StoryState readFormat2(DataInputStream in) throws IOException {
        StoryState story = readFormat1(in);
        Map<String, Instant> filedAt = new LinkedHashMap<>();
        for (int i = in.readInt(); i > 0; i--) {
            filedAt.put(in.readUTF(), Instant.ofEpochMilli(in.readLong()));
        }
        return withEarly(story, filedAt, List.of());
    }

    private static StoryState withEarly(StoryState story, Map<String, Instant> filedAt, List<EarlyArticle> early) {
        return new StoryState(story.storyId(), story.title(), story.firstPublishedAt(), story.lastPublishedAt(),
                story.articleCount(), story.sources(), story.entityCounts(), story.centroid(), story.lastArticleId(),
                filedAt, early);
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
                FeatureVector.fromSorted(features, weights), in.readUTF(), Map.of(), List.of());
    }
}
