package io.newsflow.enrich.tag.event;

/** Whether the text reports an event as having happened, as possible or proposed, or as denied. */
public enum Modality {
    FACT,
    PROPOSAL,
    DENIAL
}
