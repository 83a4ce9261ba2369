package io.portalops.export;

import io.portalops.shared.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The {@code .sig} file that travels with an export: plain text, one {@code key: value} per line, naming the export,
 * its SHA-256 and the signature of that hash. Verification reads it back.
 */
record ExportSidecar(long exportId, String fileName, String sha256, String signature) {

    private static final String PREFIX = "hmac-sha256:";

    static ExportSidecar of(ExportDetails details) {
        return new ExportSidecar(
                details.id(),
                details.fileName(),
                Objects.requireNonNull(details.sha256(), "not signed yet"),
                Objects.requireNonNull(details.signature()));
    }

    String text() {
        return "# PortalOps export signature: check it under \"Verify export\" in the menu, or POST /api/export/verify\n"
                + "export: " + exportId + "\n"
                + "file: " + fileName + "\n"
                + "sha256: " + sha256 + "\n"
                + "signature: " + PREFIX + signature + "\n";
    }

    /** Reads a sidecar; anything that is not one is bad input. */
    static ExportSidecar parse(String text) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : text.strip().split("\\R")) {
            int colon = line.indexOf(':');
            if (line.startsWith("#") || colon < 1) {
                continue;
            }
            values.putIfAbsent(
                    line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                    line.substring(colon + 1).strip());
        }
        String sha = values.get("sha256");
        String signature = values.get("signature");
        String export = values.get("export");
        if (sha == null
                || !sha.matches("[0-9a-f]{64}")
                || signature == null
                || !signature.startsWith(PREFIX)
                || export == null
                || !export.matches("\\d{1,18}")) {
            throw new InvalidInputException("signature", "This is not a PortalOps signature file (.sig).");
        }
        return new ExportSidecar(
                Long.parseLong(export), text(values.get("file")), sha, signature.substring(PREFIX.length()));
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
