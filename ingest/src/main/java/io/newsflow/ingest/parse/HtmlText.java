package io.newsflow.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** Turns an HTML fragment into body text: one paragraph per block, furniture dropped, blank line between. */
public final class HtmlText {
    static final String BLOCKS = "p, h2, h3, h4, h5, h6, li, blockquote, pre";
    private static final Set<String> BLOCK_TAGS = Set.of("p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre");

    private HtmlText() {
    }

    /** Body text of an HTML fragment such as an RSS description or an Atom content element. */
    public static String ofFragment(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        return ofContainer(Jsoup.parseBodyFragment(html).body());
    }

    /**
     * Body text of the blocks inside a container. Only innermost blocks are read, so a paragraph inside a
     * list item or quote is not counted twice; a container without blocks gives its text as one paragraph.
     */
    static String ofContainer(Element container) {
        List<String> paragraphs = new ArrayList<>();
        for (Element block : container.select(BLOCKS)) {
            if (containsBlock(block)) {
                continue;
            }
            String text = block.text().strip();
            if (text.isEmpty() || PageFurniture.isFurniture(text)) {
                continue;
            }
            paragraphs.add("li".equals(block.tagName()) ? "• " + text : text);
        }
        if (paragraphs.isEmpty()) {
            String text = container.text().strip();
            return text.isEmpty() || PageFurniture.isFurniture(text) ? "" : text;
        }
        return String.join("\n\n", paragraphs);
    }

    private static boolean containsBlock(Element block) {
        for (Element descendant : block.getAllElements()) {
            if (descendant != block && BLOCK_TAGS.contains(descendant.tagName())) {
                return true;
            }
        }
        return false;
    }
}
