package io.newsflow.enrich.tag.event;

import io.newsflow.schemas.events.EventType;

/**
 * One event found in one sentence, with the sentence as evidence.
 *
 * @param cameoCode  the full CAMEO event code: the dictionary pattern's, else the one the type aligns to
 * @param actorCode  CAMEO actor code of who acts ("VENGOV", "USA", "---OPP"), or null
 * @param targetCode CAMEO actor code of who is acted upon, or null
 */
public record DetectedEvent(EventType type, String cameoCode, String actorId, String actorCode, String targetId,
                            String targetCode, Modality modality, Salience salience, String sentence,
                            int sentenceIndex) {
}
