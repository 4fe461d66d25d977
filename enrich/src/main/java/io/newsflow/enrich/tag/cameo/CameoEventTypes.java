package io.newsflow.enrich.tag.cameo;

import io.newsflow.schemas.events.EventType;

/**
 * Which CAMEO event codes are which newsflow event type. Codes outside the taxonomy (appeals, aid,
 * threats, investigations ...) map to none and raise no event; the full code is kept on the events
 * that are raised.
 */
public final class CameoEventTypes {
    private CameoEventTypes() {
    }

    /** The event type of a CAMEO code, or null when newsflow does not report it. */
    public static EventType of(String code) {
        if (code.startsWith("01")) {
            return EventType.STATEMENT;
        }
        if (code.startsWith("03")) {
            return EventType.OFFER;
        }
        if (code.startsWith("04")) {
            return EventType.NEGOTIATION;
        }
        if (code.equals("081") || code.startsWith("085")) {
            return EventType.SANCTIONS_EASED;
        }
        if (code.equals("0831")) {
            return EventType.RESIGNATION_TRANSITION;
        }
        if (code.equals("080")) {
            return EventType.ACCEPT;
        }
        if (code.startsWith("12")) {
            return EventType.REJECT;
        }
        if (code.equals("115")) {
            return EventType.LEGAL_ACTION;
        }
        if (code.startsWith("14")) {
            return EventType.PROTEST;
        }
        if (code.startsWith("163")) {
            return EventType.SANCTIONS_IMPOSED;
        }
        if (code.startsWith("173") || code.startsWith("175")) {
            return EventType.ARREST_CRACKDOWN;
        }
        if (code.startsWith("191")) {
            // Blockades and restricted movement: the verb dictionary files closing a border, an airport or
            // access, restricting entry and blocking aid convoys under 191. No newsflow type fits; VIOLENCE
            // (the rest of root 19) would turn "Colombia closes border crossings" into an attack.
            return null;
        }
        if (code.startsWith("18") || code.startsWith("19") || code.startsWith("20")) {
            return EventType.VIOLENCE;
        }
        return null;
    }
}
