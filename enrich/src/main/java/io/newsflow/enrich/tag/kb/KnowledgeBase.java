package io.newsflow.enrich.tag.kb;

import io.newsflow.enrich.tag.phrase.PhraseIndex;
import io.newsflow.enrich.tag.text.Token;
import io.newsflow.enrich.tag.text.TokenKind;
import io.newsflow.enrich.tag.text.TokenizedText;
import io.newsflow.enrich.tag.text.Tokenizer;
import io.newsflow.enrich.tag.text.Vocabulary;
import io.newsflow.enrich.tag.text.WordSet;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An immutable snapshot of the entities newsflow knows, with an index of every alias over folded
 * token sequences. Changes produce a new snapshot ({@link #with}, {@link #without}), so readers never
 * see a half-applied update; entities listed earlier win ties between identical aliases.
 */
public final class KnowledgeBase {
    private static final Tokenizer ALIAS_TOKENIZER = new Tokenizer();

    private final Map<String, Entity> entities;
    private final PhraseIndex<AliasEntry> aliases;
    private final WordSet aliasStarts;
    private final WordSet lowercaseAliasStarts;

    private KnowledgeBase(Map<String, Entity> entities) {
        this.entities = entities;
        this.aliases = index(entities.values());
        this.aliasStarts = WordSet.of(aliases.startWords());
        this.lowercaseAliasStarts = WordSet.of(lowercaseStarts(entities.values()));
    }

    public static KnowledgeBase of(Collection<Entity> entities) {
        Map<String, Entity> byId = new LinkedHashMap<>();
        for (Entity entity : entities) {
            byId.merge(entity.id(), entity, Entity::overlaidWith);
        }
        return new KnowledgeBase(byId);
    }

    /** A snapshot in which {@code entity} is added, or replaces the entity with the same id. */
    public KnowledgeBase with(Entity entity) {
        Map<String, Entity> copy = new LinkedHashMap<>(entities);
        copy.put(entity.id(), entity);
        return new KnowledgeBase(copy);
    }

    /** A snapshot without the entity of this id (the same snapshot when there is none). */
    public KnowledgeBase without(String id) {
        if (!entities.containsKey(id)) {
            return this;
        }
        Map<String, Entity> copy = new LinkedHashMap<>(entities);
        copy.remove(id);
        return new KnowledgeBase(copy);
    }

    public Optional<Entity> find(String id) {
        return Optional.ofNullable(entities.get(id));
    }

    public Collection<Entity> entities() {
        return entities.values();
    }

    public int size() {
        return entities.size();
    }

    public PhraseIndex<AliasEntry> aliases() {
        return aliases;
    }

    /**
     * Whether an alias may start at this token. Nearly every alias starts with a capital, so a
     * lowercase token needs the full index only when it opens one of the few lowercase aliases
     * ("al-Qaeda", "von der Leyen"); this keeps most tokens away from the large index.
     */
    public boolean mayStartAlias(Token token, Vocabulary vocabulary) {
        if (token.startsUppercase() || token.kind() == TokenKind.NUMBER) {
            return aliasStarts.contains(token, vocabulary);
        }
        return lowercaseAliasStarts.contains(token, vocabulary);
    }

    private static Set<String> lowercaseStarts(Collection<Entity> entities) {
        Set<String> starts = new HashSet<>();
        for (Entity entity : entities) {
            for (String alias : entity.fullNames()) {
                addIfLowercase(starts, alias);
            }
            entity.shortForms().forEach(alias -> addIfLowercase(starts, alias));
        }
        return starts;
    }

    private static void addIfLowercase(Set<String> starts, String alias) {
        List<Token> tokens = ALIAS_TOKENIZER.tokenize(alias).tokens();
        if (!tokens.isEmpty() && !tokens.get(0).startsUppercase() && tokens.get(0).kind() != TokenKind.NUMBER) {
            starts.add(tokens.get(0).folded());
        }
    }

    private static PhraseIndex<AliasEntry> index(Collection<Entity> entities) {
        PhraseIndex.Builder<AliasEntry> builder = PhraseIndex.builder();
        for (Entity entity : entities) {
            for (String name : entity.fullNames()) {
                add(builder, entity.id(), name, false);
            }
            for (String shortForm : entity.shortForms()) {
                add(builder, entity.id(), shortForm, true);
            }
        }
        return builder.build();
    }

    private static void add(PhraseIndex.Builder<AliasEntry> builder, String id, String alias, boolean shortForm) {
        TokenizedText tokenized = ALIAS_TOKENIZER.tokenize(alias);
        List<Token> tokens = tokenized.tokens();
        if (tokens.isEmpty()) {
            return;
        }
        builder.add(tokens.stream().map(Token::folded).toList(), AliasEntry.of(id, tokens, shortForm));
    }
}
