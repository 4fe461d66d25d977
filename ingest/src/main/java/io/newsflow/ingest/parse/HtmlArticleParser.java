package io.newsflow.ingest.parse;

import io.newsflow.ingest.model.ArticleDraft;
import io.newsflow.ingest.model.Origin;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Extracts the article from a news page: metadata from the tags publishers maintain for search engines and
 * social sites (JSON-LD, Open Graph, article:*), and the main text from the element that holds the most
 * paragraph text after navigation, asides, forms and share/related/newsletter blocks are removed.
 */
public final class HtmlArticleParser {
    private static final String NEVER_CONTENT = "script, style, noscript, template, nav, header, footer, aside, "
            + "form, iframe, svg, figure, figcaption, button, input, select, textarea, "
            + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [aria-hidden=true]";
    /** Words in class and id names that mark page furniture, matched as whole words of the name. */
    private static final Set<String> FURNITURE_NAMES = Set.of(
            "share", "sharing", "social", "related", "newsletter", "subscribe", "subscription", "comment",
            "comments", "advert", "advertisement", "ad", "ads", "promo", "sidebar", "cookie", "cookies", "popup",
            "modal", "breadcrumb", "breadcrumbs", "tags", "recommended", "sponsored", "outbrain", "taboola",
            "caption", "credit", "nav", "menu", "footer", "byline");
    private static final Pattern NAME_WORDS = Pattern.compile("[\\s_-]+");

    /** The article on this page; {@code pageUrl} resolves relative links and is the URL when none is declared. */
    public ArticleDraft parse(String html, String pageUrl) {
        Document page = Jsoup.parse(html, pageUrl == null ? "" : pageUrl);
        Optional<JsonLdArticle> jsonLd = JsonLdArticle.find(page);
        String title = first(List.of(meta(page, "og:title"), jsonLd.flatMap(JsonLdArticle::headline),
                text(page.selectFirst("h1")), Optional.of(page.title()).filter(t -> !t.isBlank()))).orElse("");
        String url = first(List.of(attribute(page, "link[rel=canonical]", "abs:href"), meta(page, "og:url"),
                Optional.ofNullable(pageUrl))).orElse(null);
        Instant publishedAt = first(List.of(meta(page, "article:published_time"),
                jsonLd.flatMap(JsonLdArticle::datePublished),
                attribute(page, "[itemprop=datePublished]", "content"),
                attribute(page, "time[datetime]", "datetime")))
                .flatMap(Timestamps::parse).orElse(null);
        String author = first(List.of(meta(page, "author"), jsonLd.flatMap(JsonLdArticle::author),
                meta(page, "article:author").filter(value -> !value.startsWith("http")),
                text(page.selectFirst("[rel=author]")))).orElse(null);
        String source = first(List.of(meta(page, "og:site_name"), jsonLd.flatMap(JsonLdArticle::publisher)))
                .orElse(null);
        String language = first(List.of(attribute(page, "html[lang]", "lang"),
                attribute(page, "meta[http-equiv=content-language]", "content"),
                meta(page, "og:locale").map(locale -> locale.replace('_', '-')))).orElse(null);
        String body = HtmlText.ofContainer(withoutFurniture(mainContent(page)));
        return new ArticleDraft(null, url, source, title, body, publishedAt, language, author, Origin.HTML);
    }

    /**
     * The element that holds the article: the one marked as the article body, else the {@code article}
     * element with the most paragraph text (teasers are often {@code article}s too), else {@code main}
     * (which also holds comments and "more stories"), else whichever element has the most text in
     * paragraphs of its own (the usual shape of a page without semantic markup).
     */
    private static Element mainContent(Document page) {
        Element marked = page.selectFirst("[itemprop=articleBody]");
        if (marked != null) {
            return marked;
        }
        for (String semantic : List.of("article", "main")) {
            Optional<Element> candidate = page.select(semantic).stream()
                    .filter(element -> !element.select("p").isEmpty())
                    .max(Comparator.comparingInt(element -> element.select("p").text().length()));
            if (candidate.isPresent()) {
                return candidate.get();
            }
        }
        return page.body().getAllElements().stream()
                .max(Comparator.comparingInt(HtmlArticleParser::ownParagraphText)).orElse(page.body());
    }

    private static int ownParagraphText(Element element) {
        return element.children().stream().filter(child -> "p".equals(child.tagName()))
                .mapToInt(paragraph -> paragraph.text().length()).sum();
    }

    /** A copy of the container without the elements that are never article text. */
    private static Element withoutFurniture(Element container) {
        Element copy = container.clone();
        copy.select(NEVER_CONTENT).remove();
        copy.select("h1").remove();
        copy.getAllElements().stream()
                .filter(element -> element != copy && namedAsFurniture(element))
                .toList()
                .forEach(Element::remove);
        return copy;
    }

    private static boolean namedAsFurniture(Element element) {
        String names = (element.className() + " " + element.id()).toLowerCase(Locale.ROOT);
        return NAME_WORDS.splitAsStream(names).anyMatch(FURNITURE_NAMES::contains);
    }

    private static Optional<String> meta(Document page, String name) {
        return first(List.of(attribute(page, "meta[property=" + name + "]", "content"),
                attribute(page, "meta[name=" + name + "]", "content")));
    }

    private static Optional<String> attribute(Document page, String selector, String attribute) {
        Element element = page.selectFirst(selector);
        return element == null
                ? Optional.empty() : Optional.of(element.attr(attribute).strip()).filter(v -> !v.isEmpty());
    }

    private static Optional<String> text(Element element) {
        return element == null ? Optional.empty() : Optional.of(element.text().strip()).filter(v -> !v.isEmpty());
    }

    /** The first candidate present: metadata sources in the order of how much publishers maintain them. */
    private static Optional<String> first(List<Optional<String>> candidates) {
        return candidates.stream().flatMap(Optional::stream).findFirst();
    }
}
