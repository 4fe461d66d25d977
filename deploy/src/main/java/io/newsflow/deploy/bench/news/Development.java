package io.newsflow.deploy.bench.news;

import java.util.List;

/**
 * A turn a story can take, as headlines and lead sentences report it: {@code {A}} is the actor,
 * {@code {T}} the target, {@code {X}} the subject and {@code {C}} a city. Each has several wordings, so
 * outlets covering the same turn do not share a headline.
 */
enum Development {
    OFFER(List.of("{A} offers {T} a deal on {X}", "{A} proposes talks with {T} on {X}",
            "{A} promises {T} guarantees over {X}"),
            "{A} offered {T} a deal on {X} on {D}, according to {S}."),
    REJECT(List.of("{T} rejects {A} proposal on {X}", "{T} turns down offer from {A} over {X}",
            "{T} refuses {A} terms on {X}"),
            "{T} rejected the proposal from {A} on {X} on {D}, {S} said."),
    SANCTIONS(List.of("{A} imposes sanctions on {T} over {X}", "{A} announces new sanctions on {T} in {X} row",
            "{A} blacklists {T} officials over {X}"),
            "{A} imposed sanctions on {T} on {D} in a widening dispute over {X}, {S} said."),
    TALKS(List.of("{A} and {T} hold talks on {X} in {C}", "{A} negotiators meet {T} in {C} over {X}",
            "{A} and {T} open negotiations on {X}"),
            "Negotiators from {A} and {T} held talks in {C} on {D} on {X}, {S} said."),
    ACCEPT(List.of("{T} accepts {A} offer on {X}", "{T} agrees to {A} terms on {X}",
            "{T} signs agreement with {A} on {X}"),
            "{T} accepted the offer from {A} on {X} on {D}, according to {S}."),
    EASE(List.of("{A} eases sanctions on {T} after {X} deal", "{A} lifts sanctions on {T} as {X} talks advance",
            "{A} relaxes sanctions on {T} over {X}"),
            "{A} eased sanctions on {T} on {D} after progress on {X}, {S} said."),
    PROTEST(List.of("Thousands protest in {T} over {X}", "Protesters rally in {T} against {X} deal",
            "Demonstrators march in {T} over {X}"),
            "Thousands of protesters rallied in {T} on {D} against the handling of {X}, {S} said.");

    private final List<String> headlines;
    private final String lead;

    Development(List<String> headlines, String lead) {
        this.headlines = headlines;
        this.lead = lead;
    }

    List<String> headlines() {
        return headlines;
    }

    String lead() {
        return lead;
    }
}
