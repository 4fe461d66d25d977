package io.newsflow.enrich.tag.event;

/** Whether the article reports the event as its news or recaps it as background. */
public enum Salience {
    NEWS,
    BACKGROUND
}
