package io.newsflow.ingest.feed;

import io.newsflow.ingest.model.ArticleDraft;
import io.newsflow.ingest.model.InputRejectedException;
import io.newsflow.ingest.parse.Feed;
import io.newsflow.ingest.parse.FeedItem;
import io.newsflow.ingest.parse.FeedItemDrafts;
import io.newsflow.ingest.parse.FeedParser;
import io.newsflow.ingest.parse.HtmlArticleParser;
import io.newsflow.ingest.publish.IngestPipeline;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * One poll of a feed: conditional fetch, parse, and publish the items not seen before (optionally with the
 * full text of the linked page). Items are remembered once their articles or dead letters are written, so
 * an item lost to a crash mid-poll is published on the next poll rather than never.
 */
public final class FeedPoller {
    /** The metrics' source tag of a feed that cannot be fetched or parsed (its items carry rss or atom). */
    public static final String SOURCE_TAG = "feed";

    private final HttpFetcher fetcher;
    private final SeenItems seen;
    private final IngestPipeline pipeline;
    private final boolean followLinks;
    private final PrintStream errors;
    private final FeedParser feedParser = new FeedParser();
    private final HtmlArticleParser pageParser = new HtmlArticleParser();

    public FeedPoller(HttpFetcher fetcher, SeenItems seen, IngestPipeline pipeline, boolean followLinks,
                      PrintStream errors) {
        this.fetcher = fetcher;
        this.seen = seen;
        this.pipeline = pipeline;
        this.followLinks = followLinks;
        this.errors = errors;
    }

    /** Polls the feed once and returns how many new items it handed on (0 when the feed was unchanged). */
    public int poll(URI feedUri) {
        String input = feedUri.toString();
        byte[] body = null;
        Feed feed;
        try {
            FetchResult result = fetcher.fetchConditionally(feedUri);
            if (result instanceof FetchResult.NotModified) {
                return 0;
            }
            FetchResult.Fetched fetched = (FetchResult.Fetched) result;
            body = fetched.body();
            feed = feedParser.parse(fetched.text());
        } catch (InputRejectedException rejection) {
            pipeline.reject(input, SOURCE_TAG, rejection, body).join();
            return 0;
        }
        List<CompletableFuture<Void>> written = new ArrayList<>();
        Set<String> newItems = new LinkedHashSet<>();
        for (FeedItem item : feed.items()) {
            String itemKey = input + " " + item.stableKey();
            if (seen.contains(itemKey) || !newItems.add(itemKey)) {
                continue;
            }
            ArticleDraft draft = FeedItemDrafts.toDraft(feed, item);
            if (followLinks && item.link() != null) {
                draft = withLinkedPage(draft, item.link());
            }
            written.add(pipeline.publish(draft, input + "#" + item.stableKey(),
                    item.contentHtml().getBytes(StandardCharsets.UTF_8)));
        }
        CompletableFuture.allOf(written.toArray(CompletableFuture[]::new)).join();
        rememberAll(newItems);
        return newItems.size();
    }

    /** Only once every item's article or dead letter is written; a crash before then republishes, never loses. */
    private void rememberAll(Set<String> itemKeys) {
        List<CompletableFuture<Void>> remembered = new ArrayList<>();
        for (String itemKey : itemKeys) {
            remembered.add(seen.remember(itemKey).exceptionally(error -> {
                errors.println("ingest: could not remember feed item " + itemKey + " as seen "
                        + "(it will be published again after a restart): " + error);
                return null;
            }));
        }
        CompletableFuture.allOf(remembered.toArray(CompletableFuture[]::new)).join();
    }

    /**
     * The item with the linked page's full text. The feed's own fields win where it has them (they are
     * the publisher's deliberate metadata); a page that cannot be fetched leaves the feed's text, and says so.
     */
    private ArticleDraft withLinkedPage(ArticleDraft fromFeed, String link) {
        try {
            URI page = URI.create(link.strip());
            ArticleDraft fromPage = pageParser.parse(fetcher.fetch(page).text(), page.toString());
            if (fromPage.body().isBlank()) {
                return fromFeed;
            }
            return new ArticleDraft(null, either(fromPage.url(), fromFeed.url()),
                    either(fromFeed.source(), fromPage.source()), either(fromFeed.title(), fromPage.title()),
                    fromPage.body(), fromFeed.publishedAt() != null ? fromFeed.publishedAt() : fromPage.publishedAt(),
                    either(fromFeed.language(), fromPage.language()), either(fromFeed.author(), fromPage.author()),
                    fromFeed.origin());
        } catch (InputRejectedException | IllegalArgumentException e) {
            errors.println("ingest: could not follow " + link + " (" + e.getMessage()
                    + "); publishing the feed's text");
            return fromFeed;
        }
    }

    private static String either(String preferred, String fallback) {
        return preferred != null && !preferred.isBlank() ? preferred : fallback;
    }
}
