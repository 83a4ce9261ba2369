package io.portalops.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit trail of {@code backup} and {@code restore} on the command line. They run without the application, and the
 * audit log is a hash chain that only the application appends to (ADR 021), so the command leaves a note per run in
 * {@code <data-dir>/cli-actions/} and the application puts each note on the audit log when it next starts
 * ({@link CliActionsImport}), then deletes it. The directory sits beside the database, the uploads and the anchors, so a
 * restore, which replaces those, keeps the notes, and the restored installation's log shows the restore.
 */
final class CliAuditTrail {

    static final String BACKUP = "backup.cli_backup";
    static final String RESTORE = "backup.cli_restore";
    private static final JsonMapper JSON = JsonMapper.shared();

    private CliAuditTrail() {}

    static Path directory(BackupSettings settings) {
        return settings.postgresDir().resolveSibling("cli-actions");
    }

    /** Leaves the note of one command run; written whole or not at all (a temporary file, then an atomic move). */
    static void note(BackupSettings settings, Clock clock, String action, Map<String, String> details) {
        Map<String, Object> note = new LinkedHashMap<>();
        note.put("action", action);
        note.put("at", clock.instant().toString());
        note.put("osUser", System.getProperty("user.name", "?"));
        note.put("details", details);
        Path directory = directory(settings);
        try {
            Files.createDirectories(directory);
            String name = clock.millis() + "-" + UUID.randomUUID();
            Path temporary = directory.resolve(name + ".tmp");
            Files.writeString(temporary, JSON.writeValueAsString(note));
            Files.move(temporary, directory.resolve(name + ".json"), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot leave the audit note in " + directory, e);
        }
    }

    /** The notes waiting, oldest first, each with its file. */
    static List<Map.Entry<Path, Map<String, Object>>> pending(BackupSettings settings) throws IOException {
        Path directory = directory(settings);
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json"))
                    .sorted()
                    .map(f -> Map.entry(f, read(f)))
                    .toList();
        }
    }

    private static Map<String, Object> read(Path file) {
        try {
            return JSON.readValue(Files.readString(file), new TypeReference<Map<String, Object>>() {});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
