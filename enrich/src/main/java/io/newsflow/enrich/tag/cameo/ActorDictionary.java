package io.newsflow.enrich.tag.cameo;

import io.newsflow.enrich.tag.phrase.PhraseIndex;
import io.newsflow.enrich.tag.text.Token;
import io.newsflow.enrich.tag.text.Tokenizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PETRARCH2's named actors (Phoenix.Countries / Phoenix.International): each name and its '+' aliases
 * with a CAMEO actor code, optionally restricted to date ranges. Tagging does not know an article's
 * date, so an actor's code is the one in force last: an open range (">060901"), else the default code,
 * else the range that ends last. A phrase listed twice keeps its first code. Immutable.
 */
public final class ActorDictionary {
    private static final Pattern RESTRICTION = Pattern.compile("\\[\\s*(\\S+)\\s*([^\\]]*)\\]");

    private final PhraseIndex<String> names;

    private ActorDictionary(PhraseIndex<String> names) {
        this.names = names;
    }

    public PhraseIndex<String> names() {
        return names;
    }

    public static ActorDictionary read(List<DictionaryLines> files) {
        Tokenizer tokenizer = new Tokenizer();
        PhraseIndex.Builder<String> builder = PhraseIndex.builder();
        Set<List<String>> seen = new HashSet<>();
        for (DictionaryLines file : files) {
            List<String> record = new ArrayList<>();
            Resolver resolver = new Resolver();
            for (int i = 0; i < file.lines().size(); i++) {
                String raw = file.lines().get(i);
                String line = DictionaryLines.withoutComment(raw, true);
                if (line.isBlank()) {
                    continue;
                }
                boolean restriction = Character.isWhitespace(line.charAt(0)) && line.strip().startsWith("[");
                if (restriction) {
                    if (record.isEmpty()) {
                        throw file.error(i, "a date restriction belongs under an actor name");
                    }
                    resolver.restriction(file, i, line.strip());
                    continue;
                }
                String stripped = line.strip();
                if (stripped.startsWith("+")) {
                    if (record.isEmpty()) {
                        throw file.error(i, "an alias (+NAME) belongs under an actor name");
                    }
                    record.add(phrase(file, i, stripped.substring(1)));
                    continue;
                }
                add(builder, seen, tokenizer, record, resolver.code());
                record = new ArrayList<>();
                resolver = new Resolver();
                int bracket = stripped.indexOf('[');
                if (bracket >= 0) {
                    resolver.restriction(file, i, stripped.substring(bracket));
                    stripped = stripped.substring(0, bracket);
                }
                record.add(phrase(file, i, stripped));
            }
            add(builder, seen, tokenizer, record, resolver.code());
        }
        return new ActorDictionary(builder.build());
    }

    private static String phrase(DictionaryLines file, int index, String text) {
        String phrase = text.strip();
        if (phrase.isEmpty()) {
            throw file.error(index, "empty actor name");
        }
        return phrase.replace('_', ' ').strip();
    }

    private static void add(PhraseIndex.Builder<String> builder, Set<List<String>> seen, Tokenizer tokenizer,
                            List<String> record, String code) {
        if (code == null) {
            return;
        }
        for (String phrase : record) {
            List<String> tokens = tokenizer.tokenize(phrase).tokens().stream().map(Token::folded).toList();
            if (!tokens.isEmpty() && seen.add(tokens)) {
                builder.add(tokens, code);
            }
        }
    }

    /** Picks the code in force last among a record's default and date-restricted codes. */
    private static final class Resolver {
        private String openCode;
        private String defaultCode;
        private String latestCode;
        private int latestEnd = -1;

        void restriction(DictionaryLines file, int index, String text) {
            Matcher matcher = RESTRICTION.matcher(text);
            if (!matcher.find()) {
                throw file.error(index, "a code reads [CODE] or [CODE date-range]");
            }
            String code = matcher.group(1);
            String range = matcher.group(2).strip();
            if (range.isEmpty()) {
                defaultCode = code;
            } else if (range.startsWith(">") || range.matches("\\d+")) {
                // A bare date (twice in the Phoenix files) is read as a start date, like ">date".
                date(file, index, range.startsWith(">") ? range.substring(1) : range);
                openCode = code;
            } else if (range.startsWith("<")) {
                keepLatest(code, date(file, index, range.substring(1)));
            } else {
                int dash = range.indexOf('-');
                if (dash < 0) {
                    throw file.error(index, "a date range reads <date, >date or date-date");
                }
                keepLatest(code, date(file, index, range.substring(dash + 1)));
            }
        }

        private void keepLatest(String code, int end) {
            if (end >= latestEnd) {
                latestEnd = end;
                latestCode = code;
            }
        }

        /**
         * YYMMDD (years from 30 read as 19xx, earlier as 20xx) or YYYYMMDD, as YYYYMMDD. A handful of
         * Phoenix dates carry a digit too many or too few; their year still orders them.
         */
        private static int date(DictionaryLines file, int index, String text) {
            String digits = text.strip();
            if (!digits.matches("\\d{6,10}")) {
                throw file.error(index, "a date reads YYMMDD or YYYYMMDD");
            }
            if (digits.length() == 6) {
                int year = Integer.parseInt(digits.substring(0, 2));
                return (year >= 30 ? 1900 + year : 2000 + year) * 10000 + Integer.parseInt(digits.substring(2));
            }
            return Integer.parseInt(digits.substring(0, 4)) * 10000;
        }

        String code() {
            if (openCode != null) {
                return openCode;
            }
            return defaultCode != null ? defaultCode : latestCode;
        }
    }
}
