package io.portalops.directory;

import java.util.List;

/**
 * One data row of a CSV import as the preview shows it: the values as written in the file (never altered, so that a
 * cell such as {@code =cmd()} is shown and stored as plain text) and what is wrong with it.
 *
 * @param line the row's number in the file, the header being line 1, as a spreadsheet numbers it
 * @param manager the manager's email or employee number as given
 */
public record ImportRow(
        int line,
        String employeeNumber,
        String name,
        String email,
        String department,
        String title,
        String manager,
        String location,
        String status,
        String startDate,
        String endDate,
        List<String> errors) {

    public ImportRow {
        errors = List.copyOf(errors);
    }

    public boolean valid() {
        return errors.isEmpty();
    }
}
