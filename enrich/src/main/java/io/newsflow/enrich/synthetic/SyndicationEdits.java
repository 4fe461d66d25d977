package io.newsflow.enrich.synthetic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.BiFunction;

/**
 * The edits a syndicating outlet makes to a wire story, applied at random (seeded, so the labelled
 * near-duplicate set and the bench's stream are the same on every run): new headline, trimmed or extended
 * ending, words changed, a sentence cut, paragraphs reordered, page furniture added. Main code, not test
 * code, because {@code newsflow bench} generates its copies with it too.
 */
public final class SyndicationEdits {
    private static final List<String> SUBSTITUTES = List.of("reportedly", "also", "senior", "new", "local",
            "recent", "major", "key", "top", "several", "further", "official", "early", "late", "critical");
    private static final List<String> EXTRA_ENDINGS = List.of(
            "This article was updated with additional reporting from our correspondents in the region.",
            "Our newsroom will continue to follow the story and publish updates as they become available.",
            "Reporting by the foreign desk; editing by the evening news team.");
    private static final List<String> FURNITURE = List.of("Share this article", "Advertisement",
            "Subscribe to our newsletter", "Read more", "Leave a comment");

    private final List<BiFunction<List<String>, Random, List<String>>> edits = List.of(
            SyndicationEdits::trimEnding, SyndicationEdits::extendEnding, SyndicationEdits::changeWords,
            SyndicationEdits::cutSentence, SyndicationEdits::swapParagraphs, SyndicationEdits::addFurniture);

    /** A syndicated copy's headline and body (paragraphs separated by a blank line). */
    public record Copy(String title, String body) {
    }

    /** A copy of the article with a new headline and one to four random edits of its body. */
    public Copy syndicate(String title, String body, Random random) {
        List<String> paragraphs = new ArrayList<>(Arrays.asList(body.split("\n\n")));
        int editCount = 1 + random.nextInt(4);
        for (int i = 0; i < editCount; i++) {
            paragraphs = edits.get(random.nextInt(edits.size())).apply(paragraphs, random);
        }
        return new Copy("Syndicated: " + title.toLowerCase(Locale.ROOT), String.join("\n\n", paragraphs));
    }

    private static List<String> trimEnding(List<String> paragraphs, Random random) {
        int drop = paragraphs.size() > 6 ? 1 + random.nextInt(2) : 1;
        return new ArrayList<>(paragraphs.subList(0, Math.max(1, paragraphs.size() - drop)));
    }

    private static List<String> extendEnding(List<String> paragraphs, Random random) {
        List<String> extended = new ArrayList<>(paragraphs);
        extended.add(EXTRA_ENDINGS.get(random.nextInt(EXTRA_ENDINGS.size())));
        return extended;
    }

    private static List<String> changeWords(List<String> paragraphs, Random random) {
        List<String> changed = new ArrayList<>(paragraphs);
        int changes = 2 + random.nextInt(13);
        for (int i = 0; i < changes; i++) {
            int index = random.nextInt(changed.size());
            String[] words = changed.get(index).split(" ");
            words[random.nextInt(words.length)] = SUBSTITUTES.get(random.nextInt(SUBSTITUTES.size()));
            changed.set(index, String.join(" ", words));
        }
        return changed;
    }

    private static List<String> cutSentence(List<String> paragraphs, Random random) {
        List<String> cut = new ArrayList<>(paragraphs);
        int index = random.nextInt(cut.size());
        String[] sentences = cut.get(index).split("(?<=\\.) ");
        if (sentences.length > 1) {
            List<String> kept = new ArrayList<>(Arrays.asList(sentences));
            kept.remove(random.nextInt(kept.size()));
            cut.set(index, String.join(" ", kept));
        }
        return cut;
    }

    private static List<String> swapParagraphs(List<String> paragraphs, Random random) {
        List<String> swapped = new ArrayList<>(paragraphs);
        int a = random.nextInt(swapped.size());
        int b = random.nextInt(swapped.size());
        String first = swapped.get(a);
        swapped.set(a, swapped.get(b));
        swapped.set(b, first);
        return swapped;
    }

    private static List<String> addFurniture(List<String> paragraphs, Random random) {
        List<String> framed = new ArrayList<>(paragraphs);
        framed.add(random.nextInt(framed.size() + 1), FURNITURE.get(random.nextInt(FURNITURE.size())));
        return framed;
    }
}
