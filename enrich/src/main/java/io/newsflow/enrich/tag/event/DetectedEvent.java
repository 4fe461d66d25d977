package io.newsflow.enrich.tag.event;

import io.newsflow.schemas.events.EventType;

/** One event found in one sentence, with the sentence as evidence. */
public record DetectedEvent(EventType type, String actorId, String targetId, Modality modality, Salience salience,
                            String sentence, int sentenceIndex) {
}
