package io.portalops.directory;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads an identity provider's sign-in export: a header row, then one sign-in per row. Which columns hold the user,
 * the application and the time is the importer's choice ({@link SignInMapping}), as every provider names them
 * differently; {@link #guess} proposes a mapping from common names.
 */
final class SignInCsv {

    /** The file as read: its header, its rows (line number and cells), or why it cannot be read at all. */
    record Parsed(List<String> fileErrors, List<String> headers, List<Line> rows) {}

    record Line(int number, List<String> cells) {}

    private static final DateTimeFormatter SPACED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss][.SSS]");

    private SignInCsv() {}

    static Parsed parse(byte[] content, int maxRows) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            return failed("The file is not UTF-8 text. Export it as CSV (UTF-8) and try again.");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.chars().filter(c -> c == ';').count()
                        > firstLine.chars().filter(c -> c == ',').count()
                ? ';'
                : ',';
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        List<CSVRecord> records = new ArrayList<>();
        try (CSVParser parser = format.parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                records.add(record);
                if (records.size() > maxRows + 1) {
                    return failed("The file has more than " + maxRows + " rows. Split it into smaller files.");
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return failed("The file is not valid CSV: " + e.getMessage());
        }
        if (records.isEmpty()) {
            return failed("The file is empty. The first row must name the columns, e.g. user, application, time.");
        }
        List<String> headers = records.getFirst().toList();
        if (headers.stream().anyMatch(String::isBlank)
                || headers.stream().distinct().count() != headers.size()) {
            return failed("The first row must name every column once; a name is blank or repeated.");
        }
        if (records.size() == 1) {
            return failed("The file has a header but no rows.");
        }
        List<Line> rows = records.subList(1, records.size()).stream()
                .map(r -> new Line((int) r.getRecordNumber(), r.toList()))
                .toList();
        return new Parsed(List.of(), headers, rows);
    }

    /** A mapping from the usual column names of Entra ID, Okta and Google Workspace exports; unknown ones stay blank. */
    static SignInMapping guess(List<String> headers) {
        return new SignInMapping(
                find(headers, "user", "email", "userprincipalname", "upn", "username", "login", "actor"),
                find(headers, "application", "app", "product", "appdisplayname", "target", "service"),
                find(headers, "time", "timestamp", "date", "createddatetime", "published", "signin"));
    }

    private static String find(List<String> headers, String... hints) {
        for (String hint : hints) {
            for (String header : headers) {
                if (header.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "").contains(hint)) {
                    return header;
                }
            }
        }
        return "";
    }

    /**
     * A sign-in time: ISO-8601 with an offset ({@code 2026-11-22T10:15:30Z}), or a date and time without one
     * ({@code 2026-11-22 10:15}, {@code 2026-11-22T10:15:30}), taken as UTC as the providers export it.
     */
    static @Nullable Instant time(String value) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(value.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notLocal) {
                try {
                    return LocalDateTime.parse(value, SPACED).toInstant(ZoneOffset.UTC);
                } catch (DateTimeParseException none) {
                    return null;
                }
            }
        }
    }

    private static Parsed failed(String error) {
        return new Parsed(List.of(error), List.of(), List.of());
    }
}
