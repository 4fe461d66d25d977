package io.newsflow.enrich.tag.event;

import io.newsflow.enrich.tag.cameo.CameoCoder;
import io.newsflow.enrich.tag.cameo.CameoDictionaries;
import io.newsflow.enrich.tag.cameo.CameoEventTypes;
import io.newsflow.enrich.tag.cameo.CodedActor;
import io.newsflow.enrich.tag.cameo.CodedVerb;
import io.newsflow.enrich.tag.entity.EntityMention;
import io.newsflow.enrich.tag.kb.EntityType;
import io.newsflow.enrich.tag.phrase.PhraseIndex;
import io.newsflow.enrich.tag.phrase.PhraseMatch;
import io.newsflow.enrich.tag.text.Sentence;
import io.newsflow.enrich.tag.text.Token;
import io.newsflow.enrich.tag.text.TokenKind;
import io.newsflow.enrich.tag.text.TokenizedText;
import io.newsflow.enrich.tag.text.WordSet;
import io.newsflow.schemas.events.EventType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Sentence-level event rules. PETRARCH2's CAMEO verb patterns (verb + object over a shallow window, see
 * {@link CameoCoder}) give the type and full code where one matches, and the object they matched is
 * not read again, so "revoked the waiver" is not an easing and "puts a pardon on the table" is an
 * offer, not a pardon. Elsewhere the project's triggers give the type; a noun trigger right after a
 * verb trigger is that verb's object and adds no event of its own; a plain statement counts only when
 * the sentence holds nothing more specific. The actor is the entity named closest before the trigger
 * (the subject), the target the first named after it (the object), swapped for passives ("Maduro
 * might be offered amnesty", where the agent follows "by"). Each side also carries its CAMEO actor code,
 * from the dictionaries' names or a role phrase ("Venezuela's president": VENGOV), named or not.
 * Modality and salience come from cues.
 */
public final class EventExtractor {
    /** Tokens after a noun trigger within which "by" introduces its agent. */
    private static final int NOUN_AGENT_REACH = 2;

    /** Word tokens after a verb trigger within which a noun trigger is read as its object. */
    private static final int OBJECT_WINDOW = 5;

    /** Words after which a trigger listed both as verb and noun is read as a noun ("the attack"). */
    private static final WordSet NOUN_CONTEXT = WordSet.of(
            "the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "these", "those", "new",
            "any", "no", "further", "more", "oil", "economic", "financial", "such", "of", "'s", "western", "fresh",
            "sweeping", "tough", "harsh", "possible", "potential");

    private static final WordSet PLACE_PREPOSITIONS = WordSet.of("in", "at", "near", "from", "inside", "outside");

    private final PhraseIndex<Trigger> triggers;
    private final CameoCoder coder;

    public EventExtractor() {
        this(TriggerLexicon.bundled(), new CameoCoder(CameoDictionaries.bundled()));
    }

    EventExtractor(PhraseIndex<Trigger> triggers, CameoCoder coder) {
        this.triggers = triggers;
        this.coder = coder;
    }

    /** The folded words of every trigger phrase and of every cue the rules look for. */
    public Set<String> words() {
        Set<String> words = new HashSet<>(triggers.words());
        words.addAll(EventCues.words());
        words.addAll(NOUN_CONTEXT.words());
        words.addAll(PLACE_PREPOSITIONS.words());
        words.addAll(coder.words());
        return words;
    }

    public List<DetectedEvent> extract(TokenizedText text, List<EntityMention> mentions) {
        KnownMentions known = new KnownMentions(text, mentions);
        List<DetectedEvent> events = new ArrayList<>(text.sentences().size());
        Set<EventType> leadTypes = EnumSet.noneOf(EventType.class);
        for (Sentence sentence : text.sentences()) {
            List<Hit> hits = hits(text, sentence);
            if (hits.isEmpty()) {
                continue;
            }
            boolean background = EventCues.isBackground(text, sentence.firstToken(), sentence.endToken());
            List<EntityMention> sentenceMentions = known.in(sentence);
            // Plain statements, in nearly every sentence and never developments, are not worth an actor scan.
            List<CodedActor> actors = hits.stream().allMatch(hit -> hit.type == EventType.STATEMENT) ? List.of()
                    : coder.actors(text, sentence.firstToken(), sentence.endToken());
            String sentenceText = text.sentenceText(sentence);
            for (Hit hit : hits) {
                Salience salience = salience(text, sentence, background, hit.type, leadTypes);
                events.add(event(text, sentence, sentenceText, hit, sentenceMentions, actors, salience));
            }
            if (text.isLead(sentence)) {
                hits.forEach(hit -> leadTypes.add(hit.type));
            }
        }
        return events;
    }

    /**
     * Background cues always win; otherwise the title and lead are news, and a later sentence is news
     * only when it elaborates an event type the lead reported (a type first met deep in the body is
     * taken for context, which keeps recaps from posing as new developments).
     */
    private static Salience salience(TokenizedText text, Sentence sentence, boolean background, EventType type,
                                     Set<EventType> leadTypes) {
        if (background) {
            return Salience.BACKGROUND;
        }
        if (text.isLead(sentence) || leadTypes.contains(type)) {
            return Salience.NEWS;
        }
        return Salience.BACKGROUND;
    }

    private List<Hit> hits(TokenizedText text, Sentence sentence) {
        List<CodedVerb> coded = coder.verbs(text, sentence.firstToken(), sentence.endToken());
        List<Hit> found = new ArrayList<>();
        int nextCoded = 0;
        int objectEnd = -1;
        int i = sentence.firstToken();
        while (i < sentence.endToken()) {
            while (nextCoded < coded.size() && coded.get(nextCoded).start() < i) {
                nextCoded++;
            }
            CodedVerb verb = nextCoded < coded.size() && coded.get(nextCoded).start() == i ? coded.get(nextCoded) : null;
            PhraseMatch<Trigger> longest = text.token(i).isWordLike()
                    ? triggers.longestAt(text, i, sentence.endToken()) : null;
            Hit patterned = verb != null && verb.patterned() ? patternHit(text, sentence, verb, longest) : null;
            if (patterned != null) {
                found.add(patterned);
                i = verb.end();
                objectEnd = verb.end();
                continue;
            }
            if (longest == null) {
                i++;
                continue;
            }
            if (longest.startToken() == objectEnd && hasRole(longest.values(), Trigger.Role.NOUN)) {
                // The head of the object phrase a pattern matched the start of ("spurned the amnesty offer").
                i = longest.endToken();
                continue;
            }
            Trigger trigger = pickRole(longest.values(), text, sentence.firstToken(), i);
            EventType type = typeOf(trigger, text, sentence);
            EventType verbType = verb == null ? null : CameoEventTypes.of(verb.code());
            String cameo = verb != null && verbType == type ? verb.code() : type.cameoCode();
            found.add(new Hit(type, cameo, trigger.role(), longest.startToken(), longest.endToken()));
            i = longest.endToken();
        }
        return keepEventBearing(text, found);
    }

    /**
     * A verb + object pattern's event. Where the project's own trigger list has the verb itself, its type
     * stands: CAMEO files some of the project's types under other roots (accepting a plan is 03, intent
     * to cooperate; charging someone is 173 with arrests), and the type is the project's taxonomy. The
     * dictionary's code is kept whenever it maps to a type at all. Null for a pattern outside the
     * taxonomy ("approved the extradition" is 063, judicial cooperation): the project's triggers read
     * that sentence as before.
     */
    private static Hit patternHit(TokenizedText text, Sentence sentence, CodedVerb verb, PhraseMatch<Trigger> atVerb) {
        EventType dictionaryType = CameoEventTypes.of(verb.code());
        Trigger own = null;
        if (atVerb != null && atVerb.endToken() <= verb.verbEnd()) {
            for (Trigger candidate : atVerb.values()) {
                if (candidate.role() == Trigger.Role.VERB && candidate.type() != EventType.STATEMENT) {
                    own = candidate;
                }
            }
        }
        EventType type;
        if (own == null || (own.isSanctions() && isSanctions(dictionaryType))) {
            type = dictionaryType;
        } else {
            type = typeOf(own, text, sentence);
        }
        if (type == null) {
            return null;
        }
        String cameo = dictionaryType != null ? verb.code() : type.cameoCode();
        return new Hit(type, cameo, Trigger.Role.VERB, verb.start(), verb.end(), verb.verbEnd());
    }

    private static boolean isSanctions(EventType type) {
        return type == EventType.SANCTIONS_IMPOSED || type == EventType.SANCTIONS_EASED;
    }

    private static EventType typeOf(Trigger trigger, TokenizedText text, Sentence sentence) {
        if (!trigger.isSanctions()) {
            return trigger.type();
        }
        return EventCues.hasEasingCue(text, sentence.firstToken(), sentence.endToken())
                ? EventType.SANCTIONS_EASED : EventType.SANCTIONS_IMPOSED;
    }

    private static boolean hasRole(List<Trigger> triggers, Trigger.Role role) {
        for (Trigger trigger : triggers) {
            if (trigger.role() == role) {
                return true;
            }
        }
        return false;
    }

    /** A phrase listed both as verb and noun is a noun after a determiner or modifier, a verb otherwise. */
    private static Trigger pickRole(List<Trigger> candidates, TokenizedText text, int sentenceStart, int start) {
        boolean nounContext = start > sentenceStart && NOUN_CONTEXT.contains(text, start - 1);
        Trigger.Role wanted = nounContext ? Trigger.Role.NOUN : Trigger.Role.VERB;
        for (Trigger candidate : candidates) {
            if (candidate.role() == wanted) {
                return candidate;
            }
        }
        return candidates.get(0);
    }

    /**
     * Drops noun triggers that are a verb trigger's object or modify the trigger right after them
     * ("amnesty offer" is an offer), repeated types, and statements next to anything more specific.
     */
    private static List<Hit> keepEventBearing(TokenizedText text, List<Hit> found) {
        List<Hit> kept = new ArrayList<>();
        Set<EventType> types = EnumSet.noneOf(EventType.class);
        Hit lastVerb = null;
        for (int h = 0; h < found.size(); h++) {
            Hit hit = found.get(h);
            boolean modifiesNextTrigger = hit.role == Trigger.Role.NOUN && h + 1 < found.size()
                    && found.get(h + 1).start == hit.end;
            if (modifiesNextTrigger) {
                continue;
            }
            if (hit.role == Trigger.Role.VERB && hit.type != EventType.STATEMENT) {
                lastVerb = hit;
            } else if (hit.role == Trigger.Role.NOUN && lastVerb != null
                    && wordsBetween(text, lastVerb.end, hit.start) < OBJECT_WINDOW) {
                continue;
            }
            if (types.add(hit.type)) {
                kept.add(hit);
            }
        }
        if (kept.size() > 1) {
            kept.removeIf(hit -> hit.type == EventType.STATEMENT);
        }
        return kept;
    }

    private static int wordsBetween(TokenizedText text, int from, int to) {
        int words = 0;
        for (int t = from; t < to; t++) {
            if (text.token(t).isWordLike()) {
                words++;
            }
        }
        return words;
    }

    private static DetectedEvent event(TokenizedText text, Sentence sentence, String sentenceText, Hit hit,
                                       List<EntityMention> mentions, List<CodedActor> actors, Salience salience) {
        boolean passive = hit.role == Trigger.Role.VERB
                && EventCues.isPassive(text, sentence.firstToken(), hit.start);
        EntityMention before = closestBefore(text, sentence, mentions, hit.start);
        int byReach = passive ? sentence.endToken() : Math.min(sentence.endToken(), hit.argumentsFrom + NOUN_AGENT_REACH);
        EntityMention agent = hit.role == Trigger.Role.NOUN || passive
                ? firstAfterBy(text, mentions, hit.argumentsFrom, byReach) : null;
        EntityMention actor;
        EntityMention target;
        if (passive) {
            target = before;
            actor = agent;
        } else if (agent != null) {
            // "sanctions by the Biden administration": a by-phrase right after a noun names who acts.
            actor = agent;
            target = firstAfter(text, mentions, hit.argumentsFrom, actor.entityId());
        } else {
            actor = before;
            target = firstAfter(text, mentions, hit.argumentsFrom, idOf(before));
        }
        CodedActor codedBefore = codedBefore(text, sentence, actors, hit.start);
        CodedActor codedAfter = codedAfter(text, actors, hit.argumentsFrom, codedBefore);
        Party actorParty = Party.of(actor, actors, passive ? null : codedBefore);
        Party targetParty = Party.of(target, actors, passive ? codedBefore : codedAfter);
        Modality modality = EventCues.modality(text, sentence.firstToken(), hit.start);
        return new DetectedEvent(hit.type, hit.cameo, actorParty.entityId, actorParty.code, targetParty.entityId,
                targetParty.code, modality, salience, sentenceText, sentence.index());
    }

    /** The coded actor nearest before the trigger that is not a location phrase. */
    private static CodedActor codedBefore(TokenizedText text, Sentence sentence, List<CodedActor> actors,
                                          int triggerStart) {
        CodedActor closest = null;
        for (CodedActor actor : actors) {
            if (actor.end() > triggerStart) {
                break;
            }
            if (actor.start() == sentence.firstToken() || !PLACE_PREPOSITIONS.contains(text, actor.start() - 1)) {
                closest = actor;
            }
        }
        return closest;
    }

    private static CodedActor codedAfter(TokenizedText text, List<CodedActor> actors, int triggerEnd,
                                         CodedActor actorSide) {
        for (CodedActor actor : actors) {
            if (actor.start() >= triggerEnd && actor != actorSide
                    && !PLACE_PREPOSITIONS.contains(text, actor.start() - 1)) {
                return actor;
            }
        }
        return null;
    }

    /**
     * One side of an event: the entity named there and its CAMEO code (from the coded actor that covers
     * the mention), or, when no known entity stands there, the coded actor alone ("the Venezuelan leader").
     * A place that is only the country of a role phrase ("Venezuela's president") is not the actor: the
     * side keeps the role phrase's code and no entity.
     */
    private record Party(String entityId, String code) {
        static Party of(EntityMention mention, List<CodedActor> actors, CodedActor fallback) {
            if (mention == null) {
                return new Party(null, fallback == null ? null : fallback.code());
            }
            for (CodedActor actor : actors) {
                if (actor.start() <= mention.startToken() && actor.end() >= mention.endToken()) {
                    boolean placeOfRole = mention.type() == EntityType.PLACE && actor.end() > mention.endToken()
                            && actor.code().length() > 3;
                    return new Party(placeOfRole ? null : mention.entityId(), actor.code());
                }
            }
            return new Party(mention.entityId(), null);
        }
    }

    /** The subject candidate: the nearest known entity before the trigger that is not a location phrase. */
    private static EntityMention closestBefore(TokenizedText text, Sentence sentence, List<EntityMention> mentions,
                                               int triggerStart) {
        EntityMention closest = null;
        for (EntityMention mention : mentions) {
            if (mention.endToken() > triggerStart) {
                break;
            }
            boolean located = mention.startToken() > sentence.firstToken()
                    && PLACE_PREPOSITIONS.contains(text, mention.startToken() - 1);
            if (!located) {
                closest = mention;
            }
        }
        return closest;
    }

    /**
     * The object candidate: the first known entity after the trigger, other than the actor and not a
     * location phrase; a possessor gives way to what it possesses ("Venezuela's Maduro" is Maduro).
     */
    private static EntityMention firstAfter(TokenizedText text, List<EntityMention> mentions, int triggerEnd,
                                            String actorId) {
        List<Token> tokens = text.tokens();
        for (int m = 0; m < mentions.size(); m++) {
            EntityMention mention = mentions.get(m);
            if (mention.startToken() < triggerEnd || mention.entityId().equals(actorId)
                    || PLACE_PREPOSITIONS.contains(text, mention.startToken() - 1)) {
                continue;
            }
            boolean possessor = mention.endToken() < tokens.size()
                    && tokens.get(mention.endToken()).kind() == TokenKind.POSSESSIVE;
            if (possessor && m + 1 < mentions.size() && mentions.get(m + 1).startToken() == mention.endToken() + 1) {
                return mentions.get(m + 1);
            }
            return mention;
        }
        return null;
    }

    private static EntityMention firstAfterBy(TokenizedText text, List<EntityMention> mentions, int triggerEnd,
                                              int reach) {
        for (int t = triggerEnd; t < reach; t++) {
            if (text.token(t).foldedEquals("by")) {
                return firstAfter(text, mentions, t + 1, "");
            }
        }
        return null;
    }

    private static String idOf(EntityMention mention) {
        return mention == null ? null : mention.entityId();
    }

    /**
     * @param end           where the trigger (with the object its pattern matched) ends
     * @param argumentsFrom where the target is looked for: after the verb, also inside the matched
     *                      object ("offered Maduro amnesty")
     */
    private record Hit(EventType type, String cameo, Trigger.Role role, int start, int end, int argumentsFrom) {
        Hit(EventType type, String cameo, Trigger.Role role, int start, int end) {
            this(type, cameo, role, start, end, end);
        }
    }
}
