package io.newsflow.ingest.parse;

import java.time.Instant;

/**
 * One entry of an RSS or Atom feed as the feed states it.
 *
 * @param itemId      the feed's own identity of the entry (RSS guid, Atom id), or null
 * @param contentHtml the fullest text the feed carries (content:encoded / content, else description / summary)
 */
public record FeedItem(String itemId, String link, String title, String contentHtml, Instant publishedAt,
                       String author) {

    /** The identity that stays the same between polls: the feed's id, else the link, else the title. */
    public String stableKey() {
        if (itemId != null && !itemId.isBlank()) {
            return itemId;
        }
        return link != null && !link.isBlank() ? link : String.valueOf(title);
    }
}
