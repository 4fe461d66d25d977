package io.newsflow.ingest.parse;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the parts of a news page that are not the article: calls to subscribe, share and comment,
 * "related" and "popular" blocks, newsletter pitches, image placeholders and captions. The rules look at
 * the shape of a paragraph (short call-to-action phrases, caption openings, comment-form prompts) rather
 * than at any one site's wording, so they hold for pages they were not written against. Long paragraphs
 * are only ever dropped for a newsletter or comment-form pitch: body text must not be lost to a rule.
 */
public final class PageFurniture {
    private static final int SHORT_LINE_WORDS = 6;

    /** Whole-paragraph phrases (lower case, punctuation removed) that only page chrome uses. */
    private static final Set<String> CHROME_PHRASES = Set.of(
            "subscribe", "subscribe now", "subscribe today", "share", "share post", "share this", "share article",
            "share this article", "share this story", "tweet", "email", "print", "copy link", "related",
            "related posts", "related articles", "related stories", "related news", "more like this", "popular",
            "most popular", "popular posts", "trending", "trending now", "recommended", "recommended for you",
            "read more", "read next", "you may also like", "you might also like", "comments", "comment",
            "leave a reply", "leave a comment", "add comment", "add a comment", "post a comment",
            "join the conversation", "advertisement", "sponsored", "sponsored content", "tags", "follow us",
            "sign up", "newsletter", "latest news", "latest", "previous article", "next article", "back to top",
            "skip to content", "menu", "home", "watch", "listen", "image", "photo", "video");

    /** Phrases after which a page holds only furniture: comment forms and "more stories" blocks. */
    private static final Set<String> TRAILER_PHRASES = Set.of(
            "leave a reply", "leave a comment", "add comment", "add a comment", "post a comment", "comments",
            "join the conversation", "more like this", "related posts", "related articles", "related stories",
            "you may also like", "you might also like", "recommended for you");

    private static final Pattern SHARE_OR_FOLLOW = Pattern.compile(
            "(?i)^(share|post|send) (on|via|to|with) [\\p{L} ]{1,30}$|^(follow|like|find) us on\\b.{0,60}$");
    /** An inline pointer to another story: "Related: ...", "READ MORE: ...", "See also: ...". */
    private static final Pattern STORY_POINTER = Pattern.compile(
            "(?i)^(related|read more|read also|also read|see also|more|watch|listen)\\s*:\\s+.+$");
    private static final Pattern PLACEHOLDER = Pattern.compile(
            "(?i)^(\\S*spot_img\\S*|\\[?(image|img|photo|picture|graphic|video|embed)( placeholder)?]?|"
                    + "\\[(image|photo|picture|video)[^]]*])$");
    private static final Pattern CAPTION = Pattern.compile(
            "(?i)^(\\(?an?\\s+)?(file\\s+)?(image|photo|photograph|picture|illustration|graphic)s?\\s+"
                    + "(of|featuring|showing|depicting|shows|from)\\b.*"
                    + "|^\\(?(photo|image|picture|caption|credit|photo credit|image credit)\\s*[:|].*"
                    + "|^\\(?(photo|image|picture)s?\\s+(by|courtesy of|credit)\\b.*");
    private static final Pattern PHOTO_AGENCY_CREDIT = Pattern.compile(
            "(?i).*\\b(getty images|shutterstock|istock|alamy)\\b.*");
    private static final Pattern COMMENT_FORM = Pattern.compile(
            "(?i).*\\b(enter your (comment|name|email)|your email address will not be published|"
                    + "required fields are marked|save my name|click here to post a comment|"
                    + "logged in to post a comment)\\b.*");
    private static final Pattern NEWSLETTER_PITCH = Pattern.compile(
            "(?i).*\\b(sign up|subscribe)\\b.*\\bnewsletter\\b.*|.*\\bnewsletter\\b.*\\b(sign up|subscribe)\\b.*");
    private static final Pattern STAY_TUNED = Pattern.compile(
            "(?i)^(stay (tuned|informed|up to date|updated)|don['’]t miss)\\b.*");
    /** One to five capitalised words; a dot only inside a word ("U.S."), so a sentence's full stop ends the name. */
    private static final String OUTLET_NAME =
            "\\p{Lu}(?:[\\p{L}&'’-]|\\.(?=\\p{L}))*(?:\\s+\\p{Lu}(?:[\\p{L}&'’-]|\\.(?=\\p{L}))*){0,4}";
    private static final Pattern NEWSLETTER_OUTLET = Pattern.compile(
            "(?i)\\b(?:sign up|subscribe)\\s+(?:for|to)\\s+(?:the\\s+|our\\s+)?"
                    + "(?-i:(" + OUTLET_NAME + "))\\s+newsletter");
    private static final Pattern COPYRIGHT_OUTLET = Pattern.compile(
            "(?i)^(?:©|\\(c\\)|copyright)\\s*(?:©\\s*)?(?:\\d{4}\\s*)?(?-i:(" + OUTLET_NAME + ")).*");
    private static final Pattern COPYRIGHT_NOTICE = Pattern.compile(
            "(?i)^(©|\\(c\\)|copyright\\b).*|.*\\ball rights reserved\\b.*");
    private static final Pattern DANGLING_LABEL = Pattern.compile("^[\\p{L}][\\p{L}'’ -]{0,40}:$");
    private static final Pattern LIST_ITEM = Pattern.compile("^(•|\\*|-|–|·|\\d+[.)])\\s+.*");

    private PageFurniture() {
    }

    /** Whether this paragraph, on its own, is page furniture. */
    public static boolean isFurniture(String paragraph) {
        String text = paragraph.strip();
        int words = wordCount(text);
        if (words <= SHORT_LINE_WORDS && (CHROME_PHRASES.contains(key(text)) || SHARE_OR_FOLLOW.matcher(text).matches()
                || PLACEHOLDER.matcher(text).matches())) {
            return true;
        }
        if (words <= 40 && (CAPTION.matcher(text).matches() || COMMENT_FORM.matcher(text).matches())) {
            return true;
        }
        if (words <= 15 && (PHOTO_AGENCY_CREDIT.matcher(text).matches() || STAY_TUNED.matcher(text).matches()
                || STORY_POINTER.matcher(text).matches() || COPYRIGHT_NOTICE.matcher(text).matches())) {
            return true;
        }
        return words <= 80 && NEWSLETTER_PITCH.matcher(text).matches();
    }

    /** Whether the page's article has ended here: what follows is comment forms and other stories. */
    public static boolean startsTrailer(String paragraph) {
        String text = paragraph.strip();
        return wordCount(text) <= SHORT_LINE_WORDS && TRAILER_PHRASES.contains(key(text));
    }

    /**
     * A short label with nothing after it ("Date:", "Share post:") that introduces no list: the value it
     * labelled was an element the scrape could not keep.
     */
    public static boolean isDanglingLabel(String paragraph, String nextParagraph) {
        String text = paragraph.strip();
        boolean introducesList = nextParagraph != null && LIST_ITEM.matcher(nextParagraph.strip()).matches();
        return wordCount(text) <= 5 && DANGLING_LABEL.matcher(text).matches() && !introducesList;
    }

    /** The outlet a newsletter pitch or copyright line names, e.g. "Sign up for the Harbor Ledger newsletter". */
    public static Optional<String> outletNamedIn(String paragraph) {
        for (Pattern pattern : new Pattern[] {NEWSLETTER_OUTLET, COPYRIGHT_OUTLET}) {
            Matcher matcher = pattern.matcher(paragraph.strip());
            if (matcher.find()) {
                return Optional.of(matcher.group(1).replaceAll("[.'’-]+$", ""));
            }
        }
        return Optional.empty();
    }

    static int wordCount(String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }

    private static String key(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} ]", " ").replaceAll("\\s+", " ").trim();
    }
}
