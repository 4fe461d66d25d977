package io.newsflow.ingest.parse;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the publication times that news sources write: ISO-8601 (with or without offset, or a bare date),
 * RFC 822/1123 as RSS uses, and the English dates that pages print ("May 3, 2025", "3 May 2025"). Times
 * without a zone are taken as UTC, the only neutral guess.
 */
public final class Timestamps {
    private static final DateTimeFormatter MONTH_DAY_YEAR = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final List<Function<String, Instant>> READERS = List.of(
            text -> OffsetDateTime.parse(text).toInstant(),
            text -> ZonedDateTime.parse(text, DateTimeFormatter.ISO_ZONED_DATE_TIME).toInstant(),
            text -> LocalDateTime.parse(text).toInstant(ZoneOffset.UTC),
            text -> LocalDate.parse(text).atStartOfDay().toInstant(ZoneOffset.UTC),
            text -> ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant(),
            text -> LocalDate.parse(text, MONTH_DAY_YEAR).atStartOfDay().toInstant(ZoneOffset.UTC),
            text -> LocalDate.parse(text, DAY_MONTH_YEAR).atStartOfDay().toInstant(ZoneOffset.UTC));

    private Timestamps() {
    }

    /** The instant the text names, or empty when it is blank or in no format above. */
    public static Optional<Instant> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String trimmed = text.trim();
        for (Function<String, Instant> reader : READERS) {
            try {
                return Optional.of(reader.apply(trimmed));
            } catch (DateTimeParseException notThisFormat) {
                // the next reader may understand it
            }
        }
        return Optional.empty();
    }
}
