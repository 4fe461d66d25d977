package io.newsflow.enrich.tag.event;

import io.newsflow.enrich.tag.entity.EntityMention;
import io.newsflow.enrich.tag.text.Sentence;
import io.newsflow.enrich.tag.text.TokenizedText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Known entities (not candidates) per sentence, in text order: one sorted list and each sentence's
 * range of it, rather than a list per sentence when only the few sentences with events ask.
 */
final class KnownMentions {
    private static final Comparator<EntityMention> TEXT_ORDER =
            Comparator.comparingInt(EntityMention::sentenceIndex).thenComparingInt(EntityMention::startToken);

    private final List<EntityMention> sorted;
    /** Sentence {@code s} holds {@code sorted[firstOf[s], firstOf[s + 1])}. */
    private final int[] firstOf;

    KnownMentions(TokenizedText text, List<EntityMention> mentions) {
        sorted = new ArrayList<>(mentions.size());
        for (EntityMention mention : mentions) {
            if (!mention.isCandidate()) {
                sorted.add(mention);
            }
        }
        sorted.sort(TEXT_ORDER);
        int sentences = text.sentences().size();
        firstOf = new int[sentences + 1];
        int m = 0;
        for (int s = 0; s <= sentences; s++) {
            while (m < sorted.size() && sorted.get(m).sentenceIndex() < s) {
                m++;
            }
            firstOf[s] = m;
        }
    }

    List<EntityMention> in(Sentence sentence) {
        return sorted.subList(firstOf[sentence.index()], firstOf[sentence.index() + 1]);
    }
}
