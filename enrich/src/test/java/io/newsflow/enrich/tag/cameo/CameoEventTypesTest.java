package io.newsflow.enrich.tag.cameo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newsflow.enrich.tag.ArticleTags;
import io.newsflow.enrich.tag.RuleBasedTagger;
import io.newsflow.schemas.avro.Event;
import io.newsflow.schemas.events.EventType;
import java.util.List;
import org.junit.jupiter.api.Test;

class CameoEventTypesTest {
    @Test
    void blockadesAndClosedBordersAreNoViolence() {
        assertNull(CameoEventTypes.of("191"));
        assertEquals(EventType.VIOLENCE, CameoEventTypes.of("193"));
        assertEquals(EventType.VIOLENCE, CameoEventTypes.of("180"));
    }

    /** Seen on the real-stream evaluation: the border closure was a second "attack" development of its story. */
    @Test
    void aBorderClosureRaisesNoViolenceEvent() {
        ArticleTags tags = RuleBasedTagger.bundled().tag("Colombia closes border crossings with Venezuela",
                "Colombia closed its border crossings with Venezuela on Monday as the crisis deepened.");
        List<String> types = tags.events().stream().map(Event::getType).toList();
        assertEquals(List.of(), types.stream().filter("VIOLENCE"::equals).toList(), types::toString);
    }
}
