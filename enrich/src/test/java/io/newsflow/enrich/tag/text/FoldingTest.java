package io.newsflow.enrich.tag.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FoldingTest {

    @Test
    void removesDiacriticsAndLowercases() {
        assertEquals("nicolas maduro", Folding.fold("Nicolás Maduro"));
        assertEquals("sao tome, erdogan, lodz, orsted", Folding.fold("São Tomé, Erdoğan, Łódź, Ørsted"));
    }

    @Test
    void typographicApostropheBecomesPlain() {
        assertEquals("o'brien", Folding.fold("O’Brien"));
    }
}
