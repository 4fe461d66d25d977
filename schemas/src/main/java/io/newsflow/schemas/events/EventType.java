package io.newsflow.schemas.events;

/**
 * newsflow's event taxonomy, each type aligned to the CAMEO event code it falls under (GDELT's
 * standard): the root code, or a more specific code where CAMEO has one for exactly this kind of
 * event (163: impose embargo, boycott or sanctions).
 */
public enum EventType {
    /** 01 MAKE PUBLIC STATEMENT: said, announced, declared; kept only when nothing more specific is found. */
    STATEMENT("01"),
    /** 03 EXPRESS INTENT TO COOPERATE: offers, proposals, promises, guarantees. */
    OFFER("03"),
    /** 08 YIELD: accepting or agreeing to a proposal or demand. */
    ACCEPT("08"),
    /** 12 REJECT: rejecting, refusing, rebuffing. */
    REJECT("12"),
    /** 04 CONSULT: talks, negotiations, mediation, meetings. */
    NEGOTIATION("04"),
    /** 163 (under 16 REDUCE RELATIONS): impose embargo, boycott or sanctions. */
    SANCTIONS_IMPOSED("163"),
    /** 08 YIELD: easing or lifting sanctions is a concession. */
    SANCTIONS_EASED("08"),
    /**
     * 17 COERCE, whose legal branch covers charging with legal action: indictments, charges, bounties,
     * extradition; pardons and amnesties granted are filed here too, as acts of the legal system.
     */
    LEGAL_ACTION("17"),
    /** 17 COERCE: arrests, detentions, crackdowns, repression. */
    ARREST_CRACKDOWN("17"),
    /** 14 PROTEST: demonstrations, rallies, marches. */
    PROTEST("14"),
    /** 18 ASSAULT: killings, attacks, clashes (armed fighting proper is CAMEO 19). */
    VIOLENCE("18"),
    /** 11 DISAPPROVE: accusations of fraud, contested or disputed results. */
    ELECTION_DISPUTE("11"),
    /** 08 YIELD: stepping down, ceding power, handovers of office. */
    RESIGNATION_TRANSITION("08");

    private final String cameoCode;

    EventType(String cameoCode) {
        this.cameoCode = cameoCode;
    }

    public String cameoCode() {
        return cameoCode;
    }
}
