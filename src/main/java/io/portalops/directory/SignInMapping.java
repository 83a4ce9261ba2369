package io.portalops.directory;

import io.portalops.shared.InvalidInputException;

/**
 * Which columns of a sign-in export hold the user (an email or employee number), the application (a product id, or
 * {@code Service/Product}, or a product's name) and the sign-in time; each names a header of the file.
 */
public record SignInMapping(String userColumn, String applicationColumn, String timeColumn) {

    public SignInMapping {
        userColumn = userColumn == null ? "" : userColumn;
        applicationColumn = applicationColumn == null ? "" : applicationColumn;
        timeColumn = timeColumn == null ? "" : timeColumn;
    }

    /** Whether every column is chosen and none is chosen twice. */
    public boolean complete() {
        return !userColumn.isBlank()
                && !applicationColumn.isBlank()
                && !timeColumn.isBlank()
                && !userColumn.equals(applicationColumn)
                && !userColumn.equals(timeColumn)
                && !applicationColumn.equals(timeColumn);
    }

    void requireComplete() {
        if (!complete()) {
            throw new InvalidInputException(
                    "mapping", "Choose three different columns: the user, the application and the time.");
        }
    }
}
