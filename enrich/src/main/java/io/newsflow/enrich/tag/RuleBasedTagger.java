package io.newsflow.enrich.tag;

import io.newsflow.enrich.tag.entity.EntityMatcher;
import io.newsflow.enrich.tag.entity.EntityMention;
import io.newsflow.enrich.tag.event.DetectedEvent;
import io.newsflow.enrich.tag.event.EventExtractor;
import io.newsflow.enrich.tag.kb.KnowledgeBase;
import io.newsflow.enrich.tag.kb.KnowledgeBaseFiles;
import io.newsflow.enrich.tag.sentiment.DocumentSentiment;
import io.newsflow.enrich.tag.sentiment.SentenceSentiment;
import io.newsflow.enrich.tag.sentiment.SentimentScore;
import io.newsflow.enrich.tag.sentiment.SentimentScorer;
import io.newsflow.enrich.tag.sentiment.VaderLexicon;
import io.newsflow.enrich.tag.text.TokenizedText;
import io.newsflow.enrich.tag.text.Tokenizer;
import io.newsflow.enrich.tag.text.Vocabulary;
import io.newsflow.schemas.avro.Event;
import io.newsflow.schemas.avro.Sentiment;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Entities, sentiment and events by rules, all from one tokenisation of {@code title + "\n\n" + body}.
 * Thread-safe: it holds only immutable state, and reads the knowledge base through a supplier so a
 * live base ({@link io.newsflow.enrich.tag.kb.LiveKnowledgeBase}) can change under it.
 */
public final class RuleBasedTagger implements ArticleTagger {
    private final Tokenizer tokenizer;
    private final EntityMatcher entityMatcher = new EntityMatcher();
    private final Supplier<KnowledgeBase> knowledgeBase;
    private final SentimentScorer sentimentScorer;
    private final EventExtractor eventExtractor;

    public RuleBasedTagger(Supplier<KnowledgeBase> knowledgeBase, VaderLexicon lexicon, EventExtractor eventExtractor) {
        this.knowledgeBase = knowledgeBase;
        this.sentimentScorer = new SentimentScorer(lexicon);
        this.eventExtractor = eventExtractor;
        this.tokenizer = new Tokenizer(vocabulary(knowledgeBase.get()));
    }

    /**
     * The words worth an id while tokenising: what the sentiment rules, the knowledge base (as
     * it is now; later additions are still matched, just by hash look-up), the entity rules and the
     * event rules know.
     */
    private Vocabulary vocabulary(KnowledgeBase kb) {
        Set<String> words = new HashSet<>(sentimentScorer.words());
        words.addAll(kb.aliases().words());
        words.addAll(entityMatcher.words());
        words.addAll(eventExtractor.words());
        return Vocabulary.of(words);
    }

    /** A tagger over the bundled knowledge base, VADER lexicon and event triggers. */
    public static RuleBasedTagger bundled() {
        KnowledgeBase kb = KnowledgeBaseFiles.bundled();
        return new RuleBasedTagger(() -> kb, VaderLexicon.bundled(), new EventExtractor());
    }

    @Override
    public ArticleTags tag(String title, String body) {
        TokenizedText text = tokenizer.tokenize(title == null ? "" : title, body == null ? "" : body);
        List<SentenceSentiment> sentenceSentiments = sentimentScorer.scoreAll(text);
        double[] compounds = new double[sentenceSentiments.size()];
        for (int s = 0; s < compounds.length; s++) {
            compounds[s] = sentenceSentiments.get(s).score().compound();
        }
        List<EntityMention> mentions = entityMatcher.match(text, knowledgeBase.get());
        List<DetectedEvent> events = eventExtractor.extract(text, mentions);
        List<Event> avroEvents = new ArrayList<>(events.size());
        for (DetectedEvent event : events) {
            avroEvents.add(toAvro(event));
        }
        return new ArticleTags(EntityTags.of(mentions, compounds), toAvro(DocumentSentiment.of(sentenceSentiments)),
                avroEvents);
    }

    private static Sentiment toAvro(SentimentScore score) {
        return new Sentiment(score.compound(), score.positive(), score.negative(), score.neutral());
    }

    private static Event toAvro(DetectedEvent event) {
        return new Event(event.type().name(), event.type().cameoCode(), event.actorId(), event.targetId(),
                event.modality().name(), event.salience().name(), event.sentence(), event.sentenceIndex(),
                event.cameoCode(), event.actorCode(), event.targetCode());
    }
}
