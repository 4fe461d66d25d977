package io.newsflow.ingest.parse;

import io.newsflow.ingest.model.Origin;
import java.util.List;

/**
 * A parsed RSS 2.0 or Atom document.
 *
 * @param kind     {@link Origin#RSS} or {@link Origin#ATOM}
 * @param title    the channel or feed title, used as the outlet of its items
 * @param language the feed's declared language, or null
 */
public record Feed(Origin kind, String title, String language, List<FeedItem> items) {
}
