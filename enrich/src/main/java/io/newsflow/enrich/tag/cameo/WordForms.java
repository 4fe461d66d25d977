package io.newsflow.enrich.tag.cameo;

import java.util.LinkedHashSet;
import java.util.Set;

/** The regular English forms PETRARCH2 generates for dictionary words it lists only once. */
final class WordForms {
    private WordForms() {
    }

    /** The noun and its regular plural (PETRARCH's rule: +S, Y to IES, SS to SSES). */
    static Set<String> nounForms(String noun) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(noun);
        forms.add(plural(noun));
        return forms;
    }

    static String plural(String noun) {
        if (noun.endsWith("y") && noun.length() > 1 && !isVowel(noun.charAt(noun.length() - 2))) {
            return noun.substring(0, noun.length() - 1) + "ies";
        }
        if (noun.endsWith("ss") || noun.endsWith("sh") || noun.endsWith("ch") || noun.endsWith("x")) {
            return noun + "es";
        }
        return noun + "s";
    }

    /** The verb's base, third-person, past and gerund forms, by the regular rules. */
    static Set<String> verbForms(String verb) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(verb);
        forms.add(plural(verb));
        boolean consonantY = verb.endsWith("y") && verb.length() > 1 && !isVowel(verb.charAt(verb.length() - 2));
        if (verb.endsWith("e")) {
            forms.add(verb + "d");
            forms.add(verb.endsWith("ee") ? verb + "ing" : verb.substring(0, verb.length() - 1) + "ing");
        } else if (consonantY) {
            forms.add(verb.substring(0, verb.length() - 1) + "ied");
            forms.add(verb + "ing");
        } else {
            forms.add(verb + "ed");
            forms.add(verb + "ing");
        }
        return forms;
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }
}
