package io.newsflow.ingest.parse;

import io.newsflow.ingest.model.ArticleDraft;

/** The article a feed item describes, from the feed alone (without fetching the linked page). */
public final class FeedItemDrafts {
    private FeedItemDrafts() {
    }

    /**
     * The item's link is the article's URL; the feed's own item id is not used as the article id, so the
     * same article gets the same id whether it arrives by feed, page or replay file.
     */
    public static ArticleDraft toDraft(Feed feed, FeedItem item) {
        return new ArticleDraft(null, item.link(), feed.title(), HtmlText.ofFragment(item.title()),
                HtmlText.ofFragment(item.contentHtml()), item.publishedAt(), feed.language(), item.author(),
                feed.kind());
    }
}
