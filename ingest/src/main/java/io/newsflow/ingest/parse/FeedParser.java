package io.newsflow.ingest.parse;

import io.newsflow.ingest.model.InputRejectedException;
import io.newsflow.ingest.model.Origin;
import io.newsflow.ingest.model.RejectionReason;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads RSS 2.0 and Atom 1.0. jsoup's XML parser never resolves DTDs or external entities, so a hostile
 * feed cannot make ingest read local files or other hosts (the XXE family of attacks). A feed that declares
 * entities at all is refused: real feeds never need them, and left unexpanded they would be published as
 * the junk text of a "billion laughs" or XXE document.
 */
public final class FeedParser {
    private static final Pattern ENTITY_DECLARATION = Pattern.compile("<!DOCTYPE[^>\\[]*\\[.*?<!ENTITY",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    public Feed parse(String xml) throws InputRejectedException {
        if (ENTITY_DECLARATION.matcher(xml).find()) {
            throw new InputRejectedException(RejectionReason.INVALID_FEED, "the document declares XML entities "
                    + "(<!ENTITY> in its DOCTYPE), which no RSS or Atom feed needs; it is not read");
        }
        Document document = Jsoup.parse(xml, "", Parser.xmlParser());
        Element root = document.children().stream().findFirst()
                .orElseThrow(() -> new InputRejectedException(RejectionReason.INVALID_FEED,
                        "the document has no elements"));
        return switch (root.tagName()) {
            case "rss" -> rss(root);
            case "feed" -> atom(root);
            default -> throw new InputRejectedException(RejectionReason.INVALID_FEED,
                    "not an RSS 2.0 or Atom feed: the root element is <" + root.tagName() + ">");
        };
    }

    private static Feed rss(Element rss) throws InputRejectedException {
        Element channel = child(rss, "channel").orElseThrow(() -> new InputRejectedException(
                RejectionReason.INVALID_FEED, "RSS document without a <channel>"));
        List<FeedItem> items = channel.children().stream().filter(element -> "item".equals(element.tagName()))
                .map(item -> new FeedItem(
                        childText(item, "guid").orElse(null),
                        childText(item, "link").orElse(null),
                        childText(item, "title").orElse(""),
                        childText(item, "content:encoded").or(() -> childText(item, "description")).orElse(""),
                        childText(item, "pubDate").or(() -> childText(item, "dc:date"))
                                .flatMap(Timestamps::parse).orElse(null),
                        childText(item, "dc:creator").or(() -> childText(item, "author")).orElse(null)))
                .toList();
        return new Feed(Origin.RSS, childText(channel, "title").orElse(null),
                childText(channel, "language").orElse(null), items);
    }

    private static Feed atom(Element feed) {
        List<FeedItem> items = feed.children().stream().filter(element -> "entry".equals(element.tagName()))
                .map(entry -> new FeedItem(
                        childText(entry, "id").orElse(null),
                        alternateLink(entry).orElse(null),
                        childText(entry, "title").orElse(""),
                        childText(entry, "content").or(() -> childText(entry, "summary")).orElse(""),
                        childText(entry, "published").or(() -> childText(entry, "updated"))
                                .flatMap(Timestamps::parse).orElse(null),
                        child(entry, "author").flatMap(author -> childText(author, "name")).orElse(null)))
                .toList();
        String language = feed.attr("xml:lang");
        return new Feed(Origin.ATOM, childText(feed, "title").orElse(null), language.isBlank() ? null : language,
                items);
    }

    /** Atom's link to the article page: rel="alternate", or a link without rel (which means alternate). */
    private static Optional<String> alternateLink(Element entry) {
        return entry.children().stream()
                .filter(element -> "link".equals(element.tagName()))
                .filter(link -> link.attr("rel").isEmpty() || "alternate".equals(link.attr("rel")))
                .map(link -> link.attr("href").strip())
                .filter(href -> !href.isEmpty())
                .findFirst();
    }

    private static Optional<Element> child(Element parent, String tag) {
        return parent.children().stream().filter(element -> tag.equals(element.tagName())).findFirst();
    }

    /** Text of a child element; HTML inside (escaped or CDATA) comes back as markup for {@link HtmlText}. */
    private static Optional<String> childText(Element parent, String tag) {
        return child(parent, tag).map(Element::wholeText).map(String::strip).filter(text -> !text.isEmpty());
    }
}
