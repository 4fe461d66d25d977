package io.newsflow.enrich.tag.kb;

/** The kinds of entity the knowledge base holds; UNKNOWN marks candidates found outside it. */
public enum EntityType {
    PERSON,
    ORGANIZATION,
    PLACE,
    GROUP,
    UNKNOWN
}
