package io.newsflow.alerts.development;

/** One event as the tagger found it in an article. */
public record ReportedEvent(String type, String actorId, String targetId, Modality modality, Salience salience,
                            String sentence, int sentenceIndex) {

    public enum Modality { FACT, PROPOSAL, DENIAL }

    public enum Salience { NEWS, BACKGROUND }

    public DevelopmentKey key() {
        return new DevelopmentKey(type, actorId, targetId);
    }

    public static Modality modality(String text) {
        return text == null ? Modality.FACT : Modality.valueOf(text);
    }

    public static Salience salience(String text) {
        return text == null ? Salience.NEWS : Salience.valueOf(text);
    }
}
