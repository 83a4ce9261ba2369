package io.portalops.export;

import io.portalops.shared.InvalidInputException;
import java.util.Locale;

/**
 * The file formats of exports: grids export to the tabular ones (CSV, XLSX); a PDF is a document a module wrote
 * itself and had signed ({@link Exports#document}).
 */
public enum ExportFormat {
    CSV("csv", "text/csv; charset=UTF-8", true),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", true),
    PDF("pdf", "application/pdf", false);

    private final String extension;
    private final String contentType;
    private final boolean tabular;

    ExportFormat(String extension, String contentType, boolean tabular) {
        this.extension = extension;
        this.contentType = contentType;
        this.tabular = tabular;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    /** Whether rows can be written to it (a grid's export); a PDF is not. */
    public boolean tabular() {
        return tabular;
    }

    /** Parses a grid's format, {@code csv} or {@code xlsx} (any case); anything else is bad input. */
    public static ExportFormat parse(String value) {
        for (ExportFormat format : values()) {
            if (format.tabular && format.extension.equals(value.strip().toLowerCase(Locale.ROOT))) {
                return format;
            }
        }
        throw new InvalidInputException("format", "Export format must be csv or xlsx, not '" + value + "'.");
    }
}
