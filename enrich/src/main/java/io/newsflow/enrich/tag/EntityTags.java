package io.newsflow.enrich.tag;

import io.newsflow.enrich.tag.entity.EntityMention;
import io.newsflow.schemas.avro.EntityTag;
import io.newsflow.schemas.avro.Mention;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Folds mentions into one tag per entity: its mentions with offsets, their count, and the mean
 * compound sentiment of the distinct sentences that mention it. Most mentioned first, then by first
 * appearance.
 */
final class EntityTags {

    private EntityTags() {
    }

    static List<EntityTag> of(List<EntityMention> mentions, double[] sentenceCompounds) {
        Map<String, List<EntityMention>> byEntity = new LinkedHashMap<>();
        for (EntityMention mention : mentions) {
            byEntity.computeIfAbsent(mention.entityId(), id -> new ArrayList<>()).add(mention);
        }
        List<List<EntityMention>> groups = new ArrayList<>(byEntity.values());
        groups.sort(Comparator.<List<EntityMention>>comparingInt(List::size).reversed()
                .thenComparingInt(group -> firstStart(group)));
        List<EntityTag> tags = new ArrayList<>(groups.size());
        for (List<EntityMention> group : groups) {
            tags.add(tag(group, sentenceCompounds));
        }
        return tags;
    }

    private static EntityTag tag(List<EntityMention> group, double[] sentenceCompounds) {
        group.sort(Comparator.comparingInt(EntityMention::start));
        EntityMention first = group.get(0);
        List<Mention> offsets = new ArrayList<>(group.size());
        double sentimentSum = 0;
        int sentences = 0;
        int lastSentence = -1;
        for (EntityMention mention : group) {
            offsets.add(new Mention(mention.start(), mention.end()));
            if (mention.sentenceIndex() != lastSentence) {
                sentimentSum += sentenceCompounds[mention.sentenceIndex()];
                sentences++;
                lastSentence = mention.sentenceIndex();
            }
        }
        // The all-fields constructor: the builder re-validates every field, which shows in the benchmark.
        return new EntityTag(first.entityId(), first.name(), first.type().name(), first.wikidataId(), group.size(),
                offsets, sentimentSum / sentences);
    }

    private static int firstStart(List<EntityMention> group) {
        int first = Integer.MAX_VALUE;
        for (EntityMention mention : group) {
            first = Math.min(first, mention.start());
        }
        return first;
    }
}
