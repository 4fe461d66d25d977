package io.newsflow.enrich.tag.cameo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.enrich.tag.text.TokenizedText;
import io.newsflow.enrich.tag.text.Tokenizer;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CameoCoderTest {
    private static final CameoCoder CODER = new CameoCoder(CameoDictionaries.bundled());
    private static final Tokenizer TOKENIZER = new Tokenizer();

    private static List<String> actorCodes(String sentence) {
        TokenizedText text = TOKENIZER.tokenize(sentence);
        return CODER.actors(text, 0, text.tokens().size()).stream().map(CodedActor::code).toList();
    }

    private static List<String> verbCodes(String sentence) {
        TokenizedText text = TOKENIZER.tokenize(sentence);
        return CODER.verbs(text, 0, text.tokens().size()).stream().filter(CodedVerb::patterned)
                .map(CodedVerb::code).toList();
    }

    @Test
    void rolePhrasesJoinTheirCountry() {
        assertEquals(List.of("VENGOV"), actorCodes("Venezuela's president spoke."));
        assertEquals(List.of("VENGOV"), actorCodes("The Venezuelan leader spoke."));
        assertEquals(List.of("VENGOV"), actorCodes("The president of Venezuela spoke."));
        assertEquals(List.of("VENOPP"), actorCodes("Venezuela's opposition spoke."));
        assertEquals(List.of("---OPP"), actorCodes("The opposition spoke."));
    }

    @Test
    void namedActorsCarryTheirCurrentCode() {
        assertEquals(List.of("VENGOV"), actorCodes("Maduro spoke."));
        assertEquals(List.of("VENGOV"), actorCodes("President Nicolas Maduro spoke."));
        assertEquals(List.of("VEN"), actorCodes("Caracas spoke."));
        assertEquals(List.of("USA"), actorCodes("Washington spoke."));
    }

    @Test
    void verbPatternsCodeTheVerbWithItsObject() {
        assertEquals(List.of("085"), verbCodes("Washington lifted sanctions on Venezuela."));
        assertEquals(List.of("163"), verbCodes("The European Union imposed sanctions on Russian banks."));
        assertEquals(List.of("163"), verbCodes("Regulators revoke the waiver."));
        assertEquals(List.of("036"), verbCodes("Washington puts a pardon on the table."));
    }

    /**
     * A few entries list their forms with " , " between them ("{+CRACKED_DOWN , +CRACKS_DOWN}"): read as a
     * form, the comma was a verb of those blocks, coded after every clause.
     */
    @Test
    void punctuationIsNoVerbForm() {
        VerbDictionary verbs = VerbDictionary.read(List.of(DictionaryLines.of("verbs.txt",
                "---  SUPPRESS   [170]  ---\n+CRACK_DOWN {+CRACKED_DOWN , +CRACKS_DOWN}\n- * PROTESTERS [175]\n")));
        assertEquals(Set.of("crack", "cracked", "cracks"), verbs.verbs().startWords());
        List<String> nonWords = CameoDictionaries.bundled().verbs().verbs().startWords().stream()
                .filter(word -> !Character.isLetterOrDigit(word.charAt(0))).toList();
        assertEquals(List.of(), nonWords, "verb forms of the bundled dictionary that start with no letter");
    }

    @Test
    void theObjectWindowEndsAtANewClause() {
        TokenizedText text = TOKENIZER.tokenize("Maduro denied that he rejected talks.");
        List<CodedVerb> patterned = CODER.verbs(text, 0, text.tokens().size()).stream()
                .filter(CodedVerb::patterned).toList();
        assertEquals(1, patterned.size(), patterned::toString);
        assertEquals("rejected", text.token(patterned.get(0).start()).surface(), "denied does not reach past 'that he'");
    }

    @Test
    void aMalformedDictionaryLineIsReportedWithFileAndLine() {
        DictionaryFormatException noCode = assertThrows(DictionaryFormatException.class, () -> VerbDictionary.read(
                List.of(DictionaryLines.of("verbs.txt", "---  LIFT   [---]  ---\nLIFT\n- * SANCTIONS 085\n"))));
        assertTrue(noCode.getMessage().startsWith("verbs.txt line 3: a pattern ends with its CAMEO code"),
                noCode.getMessage());
        DictionaryFormatException badDate = assertThrows(DictionaryFormatException.class, () -> ActorDictionary.read(
                List.of(DictionaryLines.of("actors.txt", "NICOLAS_MADURO\n+MADURO\n\t[VENGOV >June]\n"))));
        assertTrue(badDate.getMessage().startsWith("actors.txt line 3: a date reads YYMMDD"), badDate.getMessage());
        DictionaryFormatException orphan = assertThrows(DictionaryFormatException.class, () -> AgentDictionary.read(
                List.of(DictionaryLines.of("agents.txt", "!PERSON! = MAN, WOMAN\nCONGRESS!MINIST! [~LEG]\n"))));
        assertTrue(orphan.getMessage().startsWith("agents.txt line 2: substitution set !MINIST!"), orphan.getMessage());
    }

    @Test
    void theBundledVerbDictionaryHoldsThousandsOfPatterns() {
        assertTrue(CameoDictionaries.bundled().verbs().patternCount() > 4000,
                CameoDictionaries.bundled().verbs().patternCount() + " patterns");
    }
}
