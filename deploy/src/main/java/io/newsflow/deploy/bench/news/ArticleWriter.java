package io.newsflow.deploy.bench.news;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Writes one original news article about a story's turn: a headline, a lead that reports the turn, then
 * paragraphs of sentences drawn from a bank of templates and filled with the story's parties and fresh
 * numbers, days and speakers. Every article of a story shares its subject, but hardly a sentence, so
 * different outlets' write-ups are not near copies of each other.
 */
final class ArticleWriter {
    private static final int PARAGRAPHS = 9;
    private static final List<String> CONTEXT = List.of(
            "The move follows months of tension between {A} and {T} over {X}.",
            "Officials in {A} have described {X} as a question of national interest since at least {Y}.",
            "Diplomats in {C} said the two sides remain far apart on the details.",
            "{T} has said it will not accept conditions it considers a violation of its sovereignty.",
            "The dispute over {X} has weighed on relations between the two governments for {N} months.",
            "Earlier talks in {C} ended in {M} without a joint statement.",
            "A spokesperson for {T} declined to comment on the details of the proposal.",
            "{L} is expected to raise the issue at a regional summit next month.",
            "The foreign ministry of {T} summoned the ambassador of {A} on {D}.",
            "Lawmakers in {A} are due to debate the measure before the end of {M}.",
            "The last agreement on {X} between the two countries expired in {Y}.",
            "Neighbouring governments have urged both sides to avoid steps that could escalate the dispute.",
            "Opposition parties in {T} accused the government of mishandling {X}.",
            "{S} said a decision could come within {N} days.",
            "Shipping companies have already rerouted about {N} vessels because of the uncertainty.",
            "A similar dispute in {Y} took nearly two years to resolve.",
            "The European Union and the United Nations have both called for restraint.",
            "Officials would not say whether {L} had been consulted before the announcement.",
            "Local media in {T} reported long queues at border crossings on {D}.",
            "Business groups in {A} warned that a prolonged standoff would cost jobs.",
            "Critics say the government of {A} has little to show for {N} rounds of negotiations.",
            "The United Nations has offered to host a new round in {C} if both sides agree.",
            "Fishermen, truckers and farmers in the border provinces say they are paying the price.",
            "A court in {T} is due to rule on a related case in {M}.",
            "It was not immediately clear how {T} would respond.",
            "The announcement came hours after {L} spoke by telephone with his counterparts.",
            "Residents of the capital of {T} said they had heard little about the plan.",
            "Some members of the ruling coalition in {A} have questioned the timing of the measure.",
            "The issue is likely to dominate a visit to {C} planned for the end of {M}.",
            "Human rights groups urged both governments to publish the terms of any deal.",
            "Insurance costs for cargo bound for {T} have roughly doubled since {M}.",
            "Newspapers in {A} were divided over the decision in their editorials on {D}.",
            "The two sides last met at ministerial level in {C} in {Y}.",
            "Several regional airlines suspended flights to {T} as a precaution.",
            "State television in {T} broadcast images of crowds gathering outside government buildings.",
            "The finance ministry of {T} said it was studying the impact on the budget.",
            "Officials in {C} described the mood at the talks as tense but businesslike.",
            "Exporters in {A} have lobbied for a quick settlement since the spring.",
            "A joint commission set up in {Y} has not met for more than a year.",
            "Both governments face elections within the next {N} months.");
    private static final List<String> QUOTES = List.of(
            "\"We are ready to talk, but not under pressure,\" {S} told reporters in {C}.",
            "\"This is a decision that affects millions of people,\" {S} said.",
            "\"Nobody gains from a long confrontation over {X},\" {S} said on {D}.",
            "\"The door remains open,\" {S} said, adding that a reply was expected within {N} days.",
            "\"We have made our position clear,\" {S} said in a statement.",
            "\"It is too early to say whether this will hold,\" {S} said.",
            "\"The numbers simply do not add up,\" {S} said of the proposal.",
            "\"We will respond in a measured way,\" {S} said after a cabinet meeting on {D}.",
            "\"Our priority is the safety of our citizens,\" {S} told a news conference.",
            "\"There is a lot of work still to do,\" {S} said.",
            "\"We did not choose this fight,\" {S} said in a televised address.",
            "\"The proposal on {X} is a starting point, not a final offer,\" {S} said.",
            "\"Ordinary families will feel this first,\" {S} warned.",
            "\"We expect our partners to keep their word,\" {S} said on {D}.",
            "\"Talks are the only way forward,\" {S} told state radio.");
    private static final List<String> FIGURES = List.of(
            "Trade between {A} and {T} was worth about ${N} billion last year.",
            "Exports linked to {X} fell {P} percent in the first quarter, official figures show.",
            "The currency of {T} weakened {P} percent against the dollar after the news.",
            "About {N},000 workers depend on the sector, according to industry estimates.",
            "Prices for {X} have risen {P} percent since {M}.",
            "The government of {T} has set aside ${N} million to cushion the impact.",
            "Analysts expect growth in {T} to slow to {P} percent this year.",
            "A survey published in {M} found that {N} percent of businesses expected higher costs.",
            "Investors pulled roughly ${N} million from funds tied to the region in {M}.",
            "The central bank of {A} kept its benchmark rate at {P} percent on {D}.",
            "Shares of companies exposed to {X} dropped as much as {P} percent in early trading.",
            "The budget of {T} depends on {X} for roughly {N} percent of its revenue.",
            "Freight rates on the main route rose {P} percent in a week, brokers said.",
            "Unemployment in the affected regions stands at about {P} percent.",
            "A government report in {M} put the cost of the dispute at ${N} million a month.");
    private static final List<String> BANK = Stream.of(CONTEXT, QUOTES, FIGURES).flatMap(List::stream).toList();

    /**
     * Words that writers and outlets vary, with the alternatives one of them is replaced by about half the
     * time: two articles built on the same template still differ sentence by sentence.
     */
    private static final Map<String, List<String>> VARIANTS = Map.ofEntries(
            Map.entry("said", List.of("told reporters", "added", "noted", "stressed")),
            Map.entry("officials", List.of("authorities", "ministers", "aides")),
            Map.entry("government", List.of("administration", "cabinet", "leadership")),
            Map.entry("dispute", List.of("row", "standoff", "quarrel")),
            Map.entry("talks", List.of("negotiations", "discussions", "meetings")),
            Map.entry("expected", List.of("likely", "due", "set")),
            Map.entry("warned", List.of("cautioned", "complained", "argued")),
            Map.entry("months", List.of("weeks", "years")),
            Map.entry("about", List.of("around", "nearly", "roughly", "some")),
            Map.entry("rose", List.of("climbed", "jumped", "increased")),
            Map.entry("fell", List.of("dropped", "slipped", "declined")),
            Map.entry("both", List.of("the two", "all")),
            Map.entry("deal", List.of("agreement", "accord", "settlement")),
            Map.entry("measure", List.of("decision", "step", "plan")),
            Map.entry("since", List.of("ever since")),
            Map.entry("sides", List.of("parties", "camps", "delegations")),
            Map.entry("new", List.of("fresh", "further", "another")),
            Map.entry("little", List.of("not much", "hardly anything")),
            Map.entry("urged", List.of("called on", "pressed", "asked")),
            Map.entry("the", List.of("the", "the", "this")),
            Map.entry("has", List.of("has", "had")),
            Map.entry("would", List.of("could", "might", "will")));

    /** A headline and a body of paragraphs separated by a blank line. */
    record Text(String title, String body) {
    }

    Text write(Story story, Development development, Random random) {
        Map<String, String> fixed = story.slots();
        String title = fill(pick(development.headlines(), random), fixed, random);
        Deque<String> deck = shuffled(random);
        StringBuilder body = new StringBuilder(fill(development.lead(), fixed, random));
        appendSentences(body, 2, deck, fixed, random);
        for (int paragraph = 0; paragraph < PARAGRAPHS; paragraph++) {
            body.append("\n\n");
            int length = body.length();
            appendSentences(body, 3 + random.nextInt(2), deck, fixed, random);
            body.deleteCharAt(length);
        }
        return new Text(title, body.toString());
    }

    /** The bank in a random order: an article says each thing once, as a written article does. */
    private static Deque<String> shuffled(Random random) {
        List<String> deck = new ArrayList<>(BANK);
        Collections.shuffle(deck, random);
        return new ArrayDeque<>(deck);
    }

    private static void appendSentences(StringBuilder body, int count, Deque<String> deck, Map<String, String> fixed,
                                        Random random) {
        for (int i = 0; i < count && !deck.isEmpty(); i++) {
            body.append(' ').append(fill(deck.pop(), fixed, random));
        }
    }

    /** The story's own slots stay fixed; numbers, days, months, years and speakers are drawn per sentence. */
    private static String fill(String template, Map<String, String> fixed, Random random) {
        StringBuilder out = new StringBuilder(template.length() + 64);
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            if (c != '{') {
                out.append(c);
                continue;
            }
            int end = template.indexOf('}', i);
            String slot = template.substring(i + 1, end);
            out.append(fixed.containsKey(slot) ? fixed.get(slot) : drawn(slot, random));
            i = end;
        }
        String sentence = varied(out.toString(), random);
        return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
    }

    private static String varied(String sentence, Random random) {
        String[] words = sentence.split(" ");
        for (int i = 0; i < words.length; i++) {
            List<String> alternatives = VARIANTS.get(words[i]);
            if (alternatives != null && random.nextBoolean()) {
                words[i] = pick(alternatives, random);
            }
        }
        return String.join(" ", words);
    }

    private static String drawn(String slot, Random random) {
        return switch (slot) {
            case "N" -> String.valueOf(2 + random.nextInt(94));
            case "P" -> (1 + random.nextInt(30)) + "." + random.nextInt(10);
            case "Y" -> String.valueOf(2012 + random.nextInt(14));
            case "D" -> pick(NewsWorld.DAYS, random);
            case "M" -> pick(NewsWorld.MONTHS, random);
            case "S" -> pick(NewsWorld.SPEAKERS, random);
            default -> throw new IllegalArgumentException("unknown slot {" + slot + "}");
        };
    }

    static <T> T pick(List<T> items, Random random) {
        return items.get(random.nextInt(items.size()));
    }
}
