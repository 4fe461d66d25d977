package io.newsflow.enrich.tag.entity;

import io.newsflow.enrich.tag.kb.EntityType;

/**
 * One place where the text names an entity: tokens [startToken, endToken) of a sentence, characters
 * [start, end) of the analysed text.
 */
public record EntityMention(String entityId, EntityType type, String name, String wikidataId, int sentenceIndex,
                            int startToken, int endToken, int start, int end) {

    public boolean isCandidate() {
        return type == EntityType.UNKNOWN;
    }
}
