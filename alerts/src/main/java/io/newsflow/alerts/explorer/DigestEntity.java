package io.newsflow.alerts.explorer;

/**
 * An entity a story is about.
 *
 * @param wikidataId the verified Wikidata QID, or null
 * @param mentions   mentions over the story's articles
 */
public record DigestEntity(String id, String name, String wikidataId, int mentions) {
    DigestEntity plus(DigestEntity more) {
        return new DigestEntity(id, name, wikidataId != null ? wikidataId : more.wikidataId, mentions + more.mentions);
    }
}
