package io.newsflow.enrich.tag.entity;

import io.newsflow.enrich.tag.kb.AliasEntry;
import io.newsflow.enrich.tag.kb.Entity;
import io.newsflow.enrich.tag.kb.KnowledgeBase;
import io.newsflow.enrich.tag.phrase.PhraseIndex;
import io.newsflow.enrich.tag.phrase.PhraseMatch;
import io.newsflow.enrich.tag.text.Sentence;
import io.newsflow.enrich.tag.text.Token;
import io.newsflow.enrich.tag.text.TokenizedText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds knowledge-base entities in tokenised text, sentence by sentence and left to right: at each
 * token the longest alias that fits wins ("Biden administration" over "Biden"); folded tokens make
 * matching blind to diacritics, and possessives are separate tokens, so "Maduro's" is "Maduro".
 * Short forms count only after the full name; place names acting as agents resolve to the power they
 * stand for. Capitalised names left over become candidates.
 */
public final class EntityMatcher {

    /** Every word the matching and candidate rules look for: worth a place in the tokeniser's vocabulary. */
    public Set<String> words() {
        Set<String> words = new HashSet<>(Metonymy.words());
        words.addAll(CandidateFinder.words());
        return words;
    }

    public List<EntityMention> match(TokenizedText text, KnowledgeBase kb) {
        List<EntityMention> mentions = new ArrayList<>(text.sentences().size());
        Set<String> seen = new HashSet<>();
        int longest = 0;
        for (Sentence sentence : text.sentences()) {
            longest = Math.max(longest, sentence.tokenCount());
        }
        // Which tokens of the current sentence a known entity claimed: one array reused sentence by sentence.
        boolean[] covered = new boolean[longest];
        for (Sentence sentence : text.sentences()) {
            Arrays.fill(covered, 0, sentence.tokenCount(), false);
            matchSentence(text, sentence, kb, seen, covered, mentions);
            CandidateFinder.find(text, sentence, covered, mentions);
        }
        return mentions;
    }

    private static void matchSentence(TokenizedText text, Sentence sentence, KnowledgeBase kb, Set<String> seen,
                                      boolean[] covered, List<EntityMention> out) {
        PhraseIndex<AliasEntry> aliases = kb.aliases();
        int i = sentence.firstToken();
        while (i < sentence.endToken()) {
            Token token = text.token(i);
            if (!token.isWordLike() || !kb.mayStartAlias(token, text.vocabulary())) {
                i++;
                continue;
            }
            EntityMention mention = longestResolvable(text, sentence, kb, seen,
                    aliases.matchesAt(text, i, sentence.endToken()));
            if (mention == null) {
                i++;
                continue;
            }
            out.add(mention);
            seen.add(mention.entityId());
            for (int t = mention.startToken(); t < mention.endToken(); t++) {
                covered[t - sentence.firstToken()] = true;
            }
            i = mention.endToken();
        }
    }

    private static EntityMention longestResolvable(TokenizedText text, Sentence sentence, KnowledgeBase kb,
                                                   Set<String> seen, List<PhraseMatch<AliasEntry>> matches) {
        for (int m = 0; m < matches.size(); m++) {
            PhraseMatch<AliasEntry> match = matches.get(m);
            Entity entity = resolve(text.tokens(), match, kb, seen);
            if (entity == null) {
                continue;
            }
            if (entity.standsFor() != null && Metonymy.actsAsAgent(text, sentence.firstToken(),
                    match.startToken(), match.endToken(), sentence.endToken())) {
                entity = kb.find(entity.standsFor()).orElse(entity);
            }
            int start = text.token(match.startToken()).start();
            int end = text.token(match.endToken() - 1).end();
            return new EntityMention(entity.id(), entity.type(), entity.name(), entity.wikidataId(),
                    sentence.index(), match.startToken(), match.endToken(), start, end);
        }
        return null;
    }

    /**
     * Picks the entity an alias means here: its case must fit, a short form needs its entity seen
     * earlier, and among several an entity already mentioned in the article wins, then the one listed
     * first in the knowledge base.
     */
    private static Entity resolve(List<Token> tokens, PhraseMatch<AliasEntry> match, KnowledgeBase kb,
                                  Set<String> seen) {
        AliasEntry chosen = null;
        List<AliasEntry> aliases = match.values();
        for (int a = 0; a < aliases.size(); a++) {
            AliasEntry alias = aliases.get(a);
            if (!alias.acceptsCase(tokens, match.startToken())
                    || (alias.shortForm() && !seen.contains(alias.entityId()))) {
                continue;
            }
            if (seen.contains(alias.entityId())) {
                chosen = alias;
                break;
            }
            if (chosen == null) {
                chosen = alias;
            }
        }
        return chosen == null ? null : kb.find(chosen.entityId()).orElse(null);
    }
}
