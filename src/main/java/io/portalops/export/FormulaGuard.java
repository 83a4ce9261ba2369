package io.portalops.export;

/**
 * Spreadsheets run a cell that starts with {@code = + - @}, a tab or a carriage return as a formula (CSV injection,
 * OWASP). Text cells that start so get a leading apostrophe, which spreadsheets show as text and do not evaluate;
 * numbers are written as numbers and never pass through here. Leading spaces do not make a cell safe: a spreadsheet
 * that trims them on import (LibreOffice's "trim spaces", Excel in some locales) then sees the formula, so the first
 * character that is not whitespace decides.
 */
final class FormulaGuard {

    private FormulaGuard() {}

    public static String text(String value) {
        String trimmed = value.stripLeading();
        if (trimmed.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        char lead = trimmed.charAt(0);
        boolean formula = first == '\t' || first == '\r' || lead == '=' || lead == '+' || lead == '-' || lead == '@';
        return formula ? "'" + value : value;
    }
}
