package io.newsflow.enrich.tag.cameo;

/**
 * An actor a sentence names or describes, tokens [start, end), with its CAMEO actor code: a country or
 * international code and roles ("VENGOV"), or "---" and a role when no country is named ("---OPP").
 */
public record CodedActor(String code, int start, int end) {
    public static final String NO_COUNTRY = "---";

    boolean isRoleOnly() {
        return code.startsWith(NO_COUNTRY);
    }

    boolean isCountryOnly() {
        return code.length() == 3 && !isRoleOnly();
    }

    String role() {
        return code.substring(3);
    }
}
