package io.newsflow.alerts.development;

/**
 * One event as the tagger found it in an article.
 *
 * @param actorCode  CAMEO actor code of who acts ("VENGOV"), or null when the tagger gave none
 * @param targetCode CAMEO actor code of who is acted upon, or null
 */
public record ReportedEvent(String type, String actorId, String targetId, Modality modality, Salience salience,
                            String sentence, int sentenceIndex, String actorCode, String targetCode) {

    /** An event without CAMEO actor codes (from a tagger, or an enriched-article version, before them). */
    public ReportedEvent(String type, String actorId, String targetId, Modality modality, Salience salience,
                         String sentence, int sentenceIndex) {
        this(type, actorId, targetId, modality, salience, sentence, sentenceIndex, null, null);
    }

    public enum Modality { FACT, PROPOSAL, DENIAL }

    public enum Salience { NEWS, BACKGROUND }

    public DevelopmentKey key() {
        return new DevelopmentKey(type, actorId, targetId, actorCode, targetCode);
    }

    public static Modality modality(String text) {
        return text == null ? Modality.FACT : Modality.valueOf(text);
    }

    public static Salience salience(String text) {
        return text == null ? Salience.NEWS : Salience.valueOf(text);
    }
}
