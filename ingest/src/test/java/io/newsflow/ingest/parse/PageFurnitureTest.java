package io.newsflow.ingest.parse;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PageFurnitureTest {

    @ParameterizedTest
    @ValueSource(strings = {"SUBSCRIBE", "Share post:", "Most Popular", "You may also like", "spot_imgspot_img",
            "[Image: harbour at night]", "Photo by Lee Chan", "An illustration depicting the new tram stop.",
            "Please enter your name here", "Click here to post a comment", "Share via Email",
            "Follow us on Instagram and TikTok", "READ MORE: Tram tenders delayed again",
            "Want the news first? Subscribe to our newsletter for daily updates.", "Stay tuned for updates.",
            "Harbour lights at dusk (Getty Images)", "© 2024 Example Media Group"})
    void recognisesFurnitureByItsShape(String paragraph) {
        assertTrue(PageFurniture.isFurniture(paragraph));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Readers can subscribe to the council's minutes online, the mayor said.",
            "The photo of the damaged cable was shared widely on Sunday.",
            "Related charges were dropped in 2021.",
            "Comments from residents were overwhelmingly negative.", "Conclusion",
            "The newsletter scandal forced the editor to resign."})
    void keepsSentencesThatOnlyMentionFurnitureWords(String paragraph) {
        assertFalse(PageFurniture.isFurniture(paragraph));
    }

    @ParameterizedTest
    @ValueSource(strings = {"LEAVE A REPLY", "Add Comment", "More like this", "Related Articles"})
    void recognisesWhereTheArticleEnds(String paragraph) {
        assertTrue(PageFurniture.startsTrailer(paragraph));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Date:", "Useful Links for Further Reading:", "Tags:"})
    void anEmptyLabelBeforeProseOrNothingIsDropped(String label) {
        assertTrue(PageFurniture.isDanglingLabel(label, "The council met on Monday."));
        assertTrue(PageFurniture.isDanglingLabel(label, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Key facts:", "What we know:"})
    void aLabelIntroducingAListIsKept(String label) {
        assertFalse(PageFurniture.isDanglingLabel(label, "• The bridge is closed."));
    }
}
