/**
 * Tagging of articles by rules, without Kafka: entities linked to a knowledge base, sentiment, and
 * typed events. {@link io.newsflow.enrich.tag.RuleBasedTagger} is the {@link io.newsflow.enrich.tag.ArticleTagger}
 * the enrich topology and {@code newsflow tag} ({@link io.newsflow.enrich.tag.TagCommandCore}) share.
 *
 * <h2>One pass, then three taggers</h2>
 * {@code text.Tokenizer} splits {@code title + "\n\n" + body} once into sentences (the title is
 * sentence 0; abbreviations, initials and dotted acronyms do not end one; line breaks do) and tokens
 * with offsets, kind, case and the id of their folded form in the tagger's vocabulary (the lexicon,
 * alias, trigger and rule words). Everything after reads those tokens, testing word classes by id
 * ({@code text.WordSet}, {@code text.WordLookup}) rather than by hashing strings:
 * <ul>
 *   <li>{@code sentiment}: VADER's rules on the bundled VADER lexicon (MIT, see
 *       {@code NOTICE-vader-lexicon.txt}). Sentences are pooled for the document; the pooled valence is
 *       divided by the square root of the sentence count before normalisation so long articles do not
 *       saturate. Per-entity sentiment is the mean compound of the sentences that mention the entity.
 *       On the shared half of the VADER paper's NYT editorial snippets, Pearson r = 0.497 (paper: 0.492),
 *       measured by {@code NytEditorialCorrelationTest} when the data is present.</li>
 *   <li>{@code kb} and {@code entity}: an immutable {@code KnowledgeBase} snapshot (changed through
 *       {@code with}/{@code without}, or live through {@code LiveKnowledgeBase}) indexes every alias in a
 *       trie over folded tokens; matching is diacritic-blind, longest-first, case-exact for short
 *       acronyms, with surname short forms only after the full name and capitals standing for their
 *       government when they act ("Washington said"). Unknown capitalised multi-word names become
 *       {@code candidate:<slug>} entities. The bundled base is {@code kb-countries.tsv} (from
 *       countries-list, MIT) overlaid with {@code kb-curated.tsv}; see {@code NOTICE-kb.txt}.</li>
 *   <li>{@code event}: trigger phrases ({@code event-triggers.tsv}) per sentence; actor is the entity
 *       named before the trigger, target the one after (swapped for passives, by-phrases name the
 *       agent); modality from cues before the trigger (denial over proposal over fact); salience NEWS
 *       for the title and lead (first two prose sentences of the body), BACKGROUND on recap cues or
 *       for an event type the lead did not report.</li>
 * </ul>
 *
 * <h2>CAMEO alignment</h2>
 * STATEMENT 01, OFFER 03, NEGOTIATION 04, ACCEPT 08, SANCTIONS_EASED 08, RESIGNATION_TRANSITION 08,
 * ELECTION_DISPUTE 11, REJECT 12, PROTEST 14, SANCTIONS_IMPOSED 163, LEGAL_ACTION 17,
 * ARREST_CRACKDOWN 17, VIOLENCE 18; the reasons are on {@link io.newsflow.schemas.events.EventType}.
 *
 * <h2>Speed</h2>
 * {@code TaggingBenchmark} (JMH, test sources) tags 5-KiB articles on one thread: run
 * {@code java -cp <enrich test classpath> org.openjdk.jmh.Main TaggingBenchmark}. On a shared
 * two-core machine it measured 11,622 ± 996 articles/s when quiet and 11,400 to 12,000 under other
 * load (before ids and bit sets replaced string look-ups, and tokens shrank, about 8,700 to 9,700); {@code TaggingCpuTime}, which divides by
 * the thread's CPU time instead of wall time, gave about 12,000 articles per CPU-second. What remains
 * is the token objects and one vocabulary probe per token while tokenising, then a pass per tagger.
 */
package io.newsflow.enrich.tag;
