package io.newsflow.enrich.tag.cameo;

import java.util.List;

/**
 * The dictionaries event coding uses, read once from the shipped resources: PETRARCH2's files unchanged
 * (MIT; see NOTICE-petrarch2.txt next to them), each followed by newsflow's own additions in the same
 * format, so the project's entries extend the field's instead of replacing them. Only the verb codes
 * and patterns newsflow reports (see {@link CameoEventTypes}) are kept in memory.
 */
public record CameoDictionaries(VerbDictionary verbs, ActorDictionary actors, AgentDictionary agents) {
    public static final String VERBS = "CAMEO.2.0.txt";
    public static final String COUNTRY_ACTORS = "Phoenix.Countries.actors.txt";
    public static final String INTERNATIONAL_ACTORS = "Phoenix.International.actors.txt";
    public static final String AGENTS = "Phoenix.agents.txt";
    public static final String NEWSFLOW_VERBS = "newsflow.verbs.txt";
    public static final String NEWSFLOW_AGENTS = "newsflow.agents.txt";

    /** The bundled dictionaries, loaded on first use and shared: they are immutable. */
    public static CameoDictionaries bundled() {
        return Bundled.INSTANCE;
    }

    private static final class Bundled {
        private static final CameoDictionaries INSTANCE = new CameoDictionaries(
                VerbDictionary.read(List.of(DictionaryLines.resource(VERBS), DictionaryLines.resource(NEWSFLOW_VERBS)),
                        code -> CameoEventTypes.of(code) != null),
                ActorDictionary.read(List.of(DictionaryLines.resource(COUNTRY_ACTORS),
                        DictionaryLines.resource(INTERNATIONAL_ACTORS))),
                AgentDictionary.read(List.of(DictionaryLines.resource(NEWSFLOW_AGENTS),
                        DictionaryLines.resource(AGENTS))));
    }
}
