package io.portalops.shared.files;

import io.portalops.shared.InvalidInputException;
import java.text.Normalizer;

/** Makes an uploaded file name safe to show and to send back in a Content-Disposition header. */
public final class FileNames {

    private FileNames() {}

    /** Longest file name accepted, as most file systems allow. */
    public static final int MAX_LENGTH = 255;

    /**
     * Refuses a name no real file has: a NUL (used to cut names short in C-based tools) or more than {@link #MAX_LENGTH}
     * characters. Nothing is stored for such an upload. Other control characters are only removed ({@link #sanitise}).
     */
    public static void requireValid(String original) {
        if (original != null && original.length() > MAX_LENGTH) {
            throw new InvalidInputException("file", "The file name is longer than " + MAX_LENGTH + " characters.");
        }
        if (original != null && original.indexOf('\0') >= 0) {
            throw new InvalidInputException("file", "The file name contains a NUL character.");
        }
    }

    public static String sanitise(String original) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC)
                .replaceAll("[\\p{Cntrl}\"<>:|?*]", "")
                .replaceAll("\\s+", " ")
                .strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.length() > 150) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, 150 - extension.length()) + extension;
        }
        return name.isBlank() ? "attachment" : name;
    }
}
