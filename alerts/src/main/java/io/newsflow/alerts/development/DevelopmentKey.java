package io.newsflow.alerts.development;

/**
 * What makes a development the same one: its event type and who did what to whom. An unnamed actor or
 * target is compatible with any, so "Washington offered amnesty" and "the U.S. offered Maduro amnesty"
 * are one development, while "Maduro rejected" and "the opposition rejected" are two. Within a story,
 * the same named actor doing the same kind of thing is one development however outlets name its target
 * ("rejected Washington's offer", "rejected the U.S. government", "rejected the United States").
 */
public record DevelopmentKey(String type, String actorId, String targetId) {

    public boolean sameDevelopmentAs(DevelopmentKey other) {
        if (!type.equals(other.type) || !compatible(actorId, other.actorId)) {
            return false;
        }
        boolean sameNamedActor = actorId != null && actorId.equals(other.actorId);
        return sameNamedActor || compatible(targetId, other.targetId);
    }

    /** A stable text form, the basis of deterministic alert ids. */
    public String canonical() {
        return type + "|" + (actorId == null ? "" : actorId) + "|" + (targetId == null ? "" : targetId);
    }

    private static boolean compatible(String a, String b) {
        return a == null || b == null || a.equals(b);
    }
}
