package io.portalops.directory;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads a people CSV: a header row naming the columns (any order, case and spaces ignored), then one person per row.
 * Checks what a row alone can tell (required values, formats, dates, status); {@link PeopleImport} checks the rest.
 * Cell values are kept exactly as written, so that a formula-like cell stays plain text.
 */
final class PeopleCsv {

    static final List<String> REQUIRED = List.of("employee_number", "name", "email", "status");
    static final List<String> OPTIONAL = List.of(
            "department", "title", "manager_email", "manager_employee_number", "location", "start_date", "end_date");

    /** One row while it is checked: its values, the form they make (if they parse), and its errors so far. */
    static final class Draft {
        final int line;
        final Map<String, String> values;
        final List<String> errors = new ArrayList<>();

        @SuppressWarnings("NullAway.Init") // set by row(), the only place that builds a draft
        PersonForm form;
        /** The manager, once resolved: a person in the directory, or the person on an earlier line of the file. */
        @Nullable
        Long managerPersonId;

        @Nullable
        Integer managerLine;

        Draft(int line, Map<String, String> values) {
            this.line = line;
            this.values = values;
        }

        String value(String column) {
            return values.getOrDefault(column, "");
        }

        String manager() {
            return !value("manager_email").isEmpty() ? value("manager_email") : value("manager_employee_number");
        }

        ImportRow toRow() {
            return new ImportRow(
                    line,
                    value("employee_number"),
                    value("name"),
                    value("email"),
                    value("department"),
                    value("title"),
                    manager(),
                    value("location"),
                    value("status"),
                    value("start_date"),
                    value("end_date"),
                    errors);
        }
    }

    record Parsed(List<String> fileErrors, List<Draft> rows) {}

    private PeopleCsv() {}

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
            return failed("The file is not UTF-8 text. Save it as \"CSV UTF-8\" and try again.");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = count(firstLine, ';') > count(firstLine, ',') ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get();
        List<CSVRecord> records;
        try (CSVParser parser = format.parse(new StringReader(text))) {
            records = new ArrayList<>();
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
            return failed(
                    "The file is empty. The first row must name the columns: " + String.join(", ", REQUIRED) + ", …");
        }
        Map<Integer, String> columns = new HashMap<>();
        List<String> fileErrors = header(records.getFirst(), columns);
        if (!fileErrors.isEmpty()) {
            return new Parsed(fileErrors, List.of());
        }
        List<Draft> rows = new ArrayList<>();
        for (CSVRecord record : records.subList(1, records.size())) {
            rows.add(row((int) record.getRecordNumber(), record, columns));
        }
        if (rows.isEmpty()) {
            return failed("The file has a header but no rows.");
        }
        return new Parsed(List.of(), rows);
    }

    private static List<String> header(CSVRecord header, Map<Integer, String> columns) {
        List<String> errors = new ArrayList<>();
        Set<String> known = new HashSet<>(REQUIRED);
        known.addAll(OPTIONAL);
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
            if (name.isEmpty()) {
                continue;
            }
            if (!known.contains(name)) {
                errors.add("Unknown column \"" + header.get(i) + "\". Known columns: " + String.join(", ", REQUIRED)
                        + ", " + String.join(", ", OPTIONAL) + ".");
            } else if (columns.containsValue(name)) {
                errors.add("The column \"" + name + "\" appears twice.");
            } else {
                columns.put(i, name);
            }
        }
        for (String required : REQUIRED) {
            if (!columns.containsValue(required)) {
                errors.add("The column \"" + required + "\" is missing. Required columns: "
                        + String.join(", ", REQUIRED) + ".");
            }
        }
        return errors;
    }

    // A status that did not parse stays null in the form: the row already carries its error, and the form's @NotNull
    // reports it again as a field check; the form is never saved while the row has errors.
    @SuppressWarnings("NullAway")
    private static Draft row(int line, CSVRecord record, Map<Integer, String> columns) {
        Map<String, String> values = new LinkedHashMap<>();
        columns.forEach((index, column) -> values.put(column, index < record.size() ? record.get(index) : ""));
        Draft draft = new Draft(line, values);
        if (record.size() > columns.size()
                && record.stream().skip(columns.size()).anyMatch(v -> !v.isBlank())) {
            draft.errors.add(
                    "The row has " + record.size() + " values but the header names " + columns.size() + " columns.");
        }
        EmploymentStatus status = status(draft);
        LocalDate start = date(draft, "start_date");
        LocalDate end = date(draft, "end_date");
        if (!draft.value("manager_email").isEmpty()
                && !draft.value("manager_employee_number").isEmpty()) {
            draft.errors.add("Give the manager by email or by employee number, not both.");
        }
        // Built even when a value did not parse, so that the field checks report every problem of the row at once.
        draft.form = new PersonForm(
                draft.value("employee_number"),
                draft.value("name"),
                draft.value("email"),
                draft.value("department"),
                draft.value("title"),
                null,
                draft.value("location"),
                status,
                start,
                end,
                null,
                null);
        return draft;
    }

    private static @Nullable EmploymentStatus status(Draft draft) {
        String value = draft.value("status");
        if (value.isEmpty()) {
            draft.errors.add("status: is required (pending_start, active, leaving or left).");
            return null;
        }
        try {
            return EmploymentStatus.valueOf(value.toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_"));
        } catch (IllegalArgumentException e) {
            draft.errors.add("status: \"" + value + "\" is not one of pending_start, active, leaving, left.");
            return null;
        }
    }

    private static @Nullable LocalDate date(Draft draft, String column) {
        String value = draft.value(column);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            draft.errors.add(column + ": \"" + value + "\" is not a date like 2025-03-31.");
            return null;
        }
    }

    private static Parsed failed(String message) {
        return new Parsed(List.of(message), List.of());
    }

    private static long count(String text, char c) {
        return text.chars().filter(ch -> ch == c).count();
    }
}
