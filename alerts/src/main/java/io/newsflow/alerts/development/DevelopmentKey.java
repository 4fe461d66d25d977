package io.newsflow.alerts.development;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What makes a development the same one: its event type and who did what to whom. Each side is an
 * entity id (when named and linked) and a CAMEO actor code (country and role, from a name or a role
 * phrase). An unknown side is compatible with any, so "Washington offered amnesty" and "the U.S.
 * offered Maduro amnesty" are one development, while "Maduro rejected" and "the opposition rejected" are
 * two. Codes follow their hierarchy ({@link ActorCodes}): "Maduro" (VENGOV) and "Venezuela's president"
 * (VENGOV, no entity) are one actor, "Venezuela" (VEN) is compatible with both, VENOPP is not VENGOV.
 * Two different named entities are one actor only when one of them names the whole country ("Venezuela"
 * and "Caracas", or "Venezuela" and "Maduro"); two VENGOV people are two actors. Within a story, the
 * same actor doing the same kind of thing is one development however outlets name its target
 * ("rejected Washington's offer", "rejected the U.S. government", "rejected the United States"). A side
 * known only by name (an entity the CAMEO dictionaries do not code, "Edmundo González") and a side known only
 * by a role code ("an army general", VENMIL) are not known to be one actor, so they are two.
 */
public record DevelopmentKey(String type, String actorId, String targetId, String actorCode, String targetCode) {
    /**
     * Types whose sides are interchangeable: "Lula mediates talks between Maduro and the opposition" and
     * "Maduro and the opposition hold talks" are one round of talks, whoever a headline makes its subject.
     */
    private static final Set<String> SYMMETRIC_TYPES = Set.of("NEGOTIATION");

    /** A key without CAMEO codes: sides compare by entity id alone. */
    public DevelopmentKey(String type, String actorId, String targetId) {
        this(type, actorId, targetId, null, null);
    }

    public boolean sameDevelopmentAs(DevelopmentKey other) {
        if (!type.equals(other.type)) {
            return false;
        }
        if (SYMMETRIC_TYPES.contains(type) && sharesAPartyWith(other)) {
            return true;
        }
        if (!compatible(actorId, actorCode, other.actorId, other.actorCode)) {
            return false;
        }
        return sameActor(other) || compatible(targetId, targetCode, other.targetId, other.targetCode);
    }

    /**
     * Whether one side of this development (actor or target) is a side of the other: the same entity, or the
     * same role-specific CAMEO code ("VENGOV" and "VENGOV", not the bare country "VEN").
     */
    public boolean sharesAPartyWith(DevelopmentKey other) {
        List<String> ids = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (DevelopmentKey key : List.of(this, other)) {
            ids.add(key.actorId);
            ids.add(key.targetId);
            codes.add(key.actorCode);
            codes.add(key.targetCode);
        }
        for (int mine = 0; mine < 2; mine++) {
            for (int theirs = 2; theirs < 4; theirs++) {
                if (ids.get(mine) != null && ids.get(mine).equals(ids.get(theirs))) {
                    return true;
                }
                String code = codes.get(mine);
                if (code != null && code.equals(codes.get(theirs)) && !ActorCodes.isCountryOnly(code)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A stable text form, the basis of deterministic alert ids; the codes are appended only when known,
     * so keys without them keep the ids they had.
     */
    public String canonical() {
        String base = type + "|" + orEmpty(actorId) + "|" + orEmpty(targetId);
        return actorCode == null && targetCode == null ? base : base + "|" + orEmpty(actorCode) + "|"
                + orEmpty(targetCode);
    }

    /** The same named entity, or the same role-specific code with at most one side named. */
    private boolean sameActor(DevelopmentKey other) {
        if (actorId != null && actorId.equals(other.actorId)) {
            return true;
        }
        return actorCode != null && actorCode.equals(other.actorCode) && !ActorCodes.isCountryOnly(actorCode)
                && (actorId == null || other.actorId == null);
    }

    private static boolean compatible(String idA, String codeA, String idB, String codeB) {
        boolean unknownA = idA == null && codeA == null;
        boolean unknownB = idB == null && codeB == null;
        if (unknownA || unknownB || (idA != null && idA.equals(idB))) {
            return true;
        }
        if (codeA == null || codeB == null) {
            return false;
        }
        if (!ActorCodes.compatible(codeA, codeB)) {
            return false;
        }
        boolean twoNamed = idA != null && idB != null && !Objects.equals(idA, idB);
        return !twoNamed || ActorCodes.isCountryOnly(codeA) || ActorCodes.isCountryOnly(codeB);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
