package io.portalops.export;

/**
 * Spreadsheets run a cell that starts with {@code = + - @}, a tab or a carriage return as a formula (CSV injection,
 * OWASP). Text cells that start so get a leading apostrophe, which spreadsheets show as text and do not evaluate;
 * numbers are written as numbers and never pass through here.
 */
final class FormulaGuard {

    private FormulaGuard() {
    }

    public static String text(String value) {
        if (value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' ? "'" + value : value;
    }
}
