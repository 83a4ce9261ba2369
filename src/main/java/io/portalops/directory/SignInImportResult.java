package io.portalops.directory;

import java.util.List;

/**
 * What a sign-in import did. {@code stored} is false when the file or any row was bad: then nothing was recorded and
 * {@code errors} says why (each row error names its line). Rows naming a user or application the directory does not
 * know are {@code unmatched}: skipped, as an export holds applications nobody tracks here.
 */
public record SignInImportResult(
        String fileName, boolean stored, int rows, int recorded, int unmatched, List<String> errors) {

    public SignInImportResult {
        errors = List.copyOf(errors);
    }
}
