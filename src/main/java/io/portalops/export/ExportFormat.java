package io.portalops.export;

import io.portalops.shared.InvalidInputException;
import java.util.Locale;

/** The file formats a grid exports to. */
public enum ExportFormat {
    CSV("csv", "text/csv; charset=UTF-8"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String extension;
    private final String contentType;

    ExportFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    /** Parses {@code csv} or {@code xlsx} (any case); anything else is bad input. */
    public static ExportFormat parse(String value) {
        for (ExportFormat format : values()) {
            if (format.extension.equals(value.strip().toLowerCase(Locale.ROOT))) {
                return format;
            }
        }
        throw new InvalidInputException("format", "Export format must be csv or xlsx, not '" + value + "'.");
    }
}
