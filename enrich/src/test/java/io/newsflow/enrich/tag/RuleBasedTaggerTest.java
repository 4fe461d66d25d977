package io.newsflow.enrich.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.enrich.tag.event.EventExtractor;
import io.newsflow.enrich.tag.kb.Entity;
import io.newsflow.enrich.tag.kb.EntityType;
import io.newsflow.enrich.tag.kb.KnowledgeBaseFiles;
import io.newsflow.enrich.tag.kb.LiveKnowledgeBase;
import io.newsflow.enrich.tag.sentiment.VaderLexicon;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.serde.AvroSerde;
import io.newsflow.schemas.serde.AvroTrust;
import io.newsflow.schemas.avro.EntityTag;
import io.newsflow.schemas.avro.Event;
import io.newsflow.schemas.avro.Mention;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The whole tagger on a fixture article written in the style of the sample story's pages. */
class RuleBasedTaggerTest {
    private static final RuleBasedTagger TAGGER = RuleBasedTagger.bundled();
    private static String title;
    private static String body;
    private static ArticleTags tags;

    @BeforeAll
    static void tagFixture() throws IOException {
        try (InputStream in = RuleBasedTaggerTest.class.getResourceAsStream("amnesty-article.txt")) {
            String article = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int split = article.indexOf("\n\n");
            title = article.substring(0, split);
            body = article.substring(split + 2);
        }
        tags = TAGGER.tag(title, body);
    }

    private static Map<String, EntityTag> entities() {
        return tags.entities().stream().collect(Collectors.toMap(EntityTag::getId, Function.identity()));
    }

    @Test
    void findsTheSampleStoryEntities() {
        Map<String, EntityTag> entities = entities();
        for (String id : List.of("person:nicolas-maduro", "country:united-states", "org:biden-administration",
                "org:us-national-security-council", "org:us-justice-department", "place:doha",
                "person:edmundo-gonzalez", "person:maria-corina-machado", "country:brazil", "country:mexico",
                "country:colombia", "country:nicaragua", "person:daniel-ortega", "country:russia", "country:china",
                "country:iran", "org:icc", "org:us-government")) {
            assertTrue(entities.containsKey(id), id);
        }
        assertEquals("person:nicolas-maduro", tags.entities().get(0).getId(), "most mentioned first");
    }

    @Test
    void mentionsPointIntoTitlePlusBody() {
        String text = title + "\n\n" + body;
        EntityTag maduro = entities().get("person:nicolas-maduro");
        assertEquals(maduro.getMentions().size(), maduro.getCount());
        for (Mention mention : maduro.getMentions()) {
            String surface = text.substring(mention.getStart(), mention.getEnd());
            assertTrue(surface.equals("Maduro") || surface.equals("Nicolás Maduro"), surface);
        }
        EntityTag gonzalez = entities().get("person:edmundo-gonzalez");
        assertEquals(2, gonzalez.getCount());
    }

    @Test
    void sentimentIsScoredForTheDocumentAndPerEntity() {
        double shares = tags.sentiment().getPositive() + tags.sentiment().getNegative() + tags.sentiment().getNeutral();
        assertEquals(1.0, shares, 1e-9);
        assertTrue(tags.sentiment().getCompound() >= -1 && tags.sentiment().getCompound() <= 1);
        assertTrue(entities().get("place:doha").getSentiment() != null);
    }

    @Test
    void eventsCarryTypesActorsModalityAndSalience() {
        List<Event> events = tags.events();
        Event offer = events.stream().filter(e -> e.getType().equals("OFFER") && e.getSentenceIndex() == 2)
                .findFirst().orElseThrow(() -> new AssertionError("events: " + events));
        assertEquals("country:united-states", offer.getActorId());
        assertEquals("person:nicolas-maduro", offer.getTargetId());
        assertEquals("NEWS", offer.getSalience());
        Event reject = events.stream().filter(e -> e.getType().equals("REJECT") && e.getSentenceIndex() == 3)
                .findFirst().orElseThrow(() -> new AssertionError("events: " + events));
        assertEquals("FACT", reject.getModality());
        Event priorOffer = events.stream().filter(e -> e.getSentence().contains("What came before"))
                .filter(e -> e.getType().equals("OFFER")).findFirst()
                .orElseThrow(() -> new AssertionError("events: " + events));
        assertEquals("BACKGROUND", priorOffer.getSalience());
        assertTrue(events.stream().anyMatch(e -> e.getType().equals("SANCTIONS_EASED") || e.getType().equals("LEGAL_ACTION")));
        assertTrue(events.stream().anyMatch(e -> e.getType().equals("ARREST_CRACKDOWN")
                && e.getSalience().equals("BACKGROUND")));
    }

    @Test
    void tagsFitTheEnrichedArticleContract() {
        // The builder fills the absorbed articles' default, a list of generated records, before any serde exists.
        AvroTrust.trustGeneratedRecords();
        EnrichedArticle article = EnrichedArticle.newBuilder()
                .setArticleId("a1").setUrl("https://example.org/a1").setSource("Example").setTitle(title).setBody(body)
                .setPublishedAt(Instant.parse("2024-08-11T10:00:00Z")).setFirstSeenAt(Instant.parse("2024-08-11T10:05:00Z"))
                .setStoryId("s1").setEntities(tags.entities()).setSentiment(tags.sentiment()).setEvents(tags.events())
                .build();
        try (AvroSerde<EnrichedArticle> serde = new AvroSerde<>(EnrichedArticle.class)) {
            byte[] bytes = serde.serializer().serialize("news.articles.enriched.v1", article);
            assertEquals(article, serde.deserializer().deserialize("news.articles.enriched.v1", bytes));
        }
    }

    @Test
    void knowledgeBaseChangesAtRunTimeReachTheTagger() {
        LiveKnowledgeBase live = new LiveKnowledgeBase(KnowledgeBaseFiles.bundled());
        RuleBasedTagger tagger = new RuleBasedTagger(live, VaderLexicon.bundled(), new EventExtractor());
        String sentence = "On Monday, the envoy Rosa Quintero Vale met Maduro in Doha.";
        assertTrue(ids(tagger.tag("", sentence)).contains("candidate:rosa-quintero-vale"));
        live.put(new Entity("person:rosa-quintero-vale", EntityType.PERSON, "Rosa Quintero Vale", null,
                List.of(), List.of("Quintero"), null));
        assertTrue(ids(tagger.tag("", sentence)).contains("person:rosa-quintero-vale"));
        live.put(new Entity("person:nicolas-maduro", EntityType.PERSON, "Nicolás Maduro Moros", null, List.of(),
                List.of(), null));
        assertFalse(ids(tagger.tag("", sentence)).contains("person:nicolas-maduro"), "the bundled aliases replaced");
        live.remove("person:nicolas-maduro");
        live.remove("person:rosa-quintero-vale");
        assertTrue(ids(tagger.tag("", sentence)).contains("person:nicolas-maduro"), "the bundled entity is back");
        assertTrue(ids(tagger.tag("", sentence)).contains("candidate:rosa-quintero-vale"));
    }

    private static List<String> ids(ArticleTags tags) {
        return tags.entities().stream().map(EntityTag::getId).toList();
    }

    @Test
    void oneTaggerServesConcurrentThreadsAlike() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ArticleTags>> results = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                results.add(pool.submit(() -> TAGGER.tag(title, body)));
            }
            for (Future<ArticleTags> result : results) {
                assertEquals(tags, result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void emptyArticleYieldsNothing() {
        ArticleTags empty = TAGGER.tag("", "");
        assertTrue(empty.entities().isEmpty());
        assertTrue(empty.events().isEmpty());
        assertEquals(0.0, empty.sentiment().getCompound());
    }
}
