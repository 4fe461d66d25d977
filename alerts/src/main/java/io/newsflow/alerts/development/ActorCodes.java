package io.newsflow.alerts.development;

/**
 * The CAMEO actor code hierarchy: three letters of country (or international body), then three-letter
 * roles, each narrowing the one before ("VEN" ⊃ "VENGOV" ⊃ "VENGOVPRS"); "---" stands for a country
 * the text did not name ("the opposition": "---OPP"). Two codes can be one actor when one is the other
 * or narrows it: VEN and VENGOV are compatible, VENGOV and VENOPP are not.
 */
final class ActorCodes {
    private static final String NO_COUNTRY = "---";
    private static final int PART = 3;

    private ActorCodes() {
    }

    static boolean compatible(String a, String b) {
        if (a.length() < PART || b.length() < PART) {
            return a.equals(b);
        }
        String countryA = a.substring(0, PART);
        String countryB = b.substring(0, PART);
        if (!countryA.equals(countryB) && !countryA.equals(NO_COUNTRY) && !countryB.equals(NO_COUNTRY)) {
            return false;
        }
        String rolesA = a.substring(PART);
        String rolesB = b.substring(PART);
        return rolesA.startsWith(rolesB) || rolesB.startsWith(rolesA);
    }

    /** A code naming a whole country or body, with no role ("VEN", "USA"). */
    static boolean isCountryOnly(String code) {
        return code.length() == PART && !code.equals(NO_COUNTRY);
    }
}
