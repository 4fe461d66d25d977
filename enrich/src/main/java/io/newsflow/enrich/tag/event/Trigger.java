package io.newsflow.enrich.tag.event;

import io.newsflow.schemas.events.EventType;

/**
 * A word or phrase that signals an event. {@code type} is null for the sanctions triggers, whose
 * direction (imposed or eased) the rest of the sentence decides.
 */
record Trigger(EventType type, Role role) {

    enum Role {
        VERB,
        NOUN
    }

    boolean isSanctions() {
        return type == null;
    }
}
