package io.portalops.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code manifest.json} of a backup, written last: a directory without it is an unfinished backup. It lists every
 * directory and file with its size and SHA-256, the Flyway schema version and the backup time (the moment of
 * {@code pg_backup_stop}, to which a restore brings the database back). {@code SHA256SUMS} repeats the checksums in the
 * format of {@code sha256sum -c}.
 *
 * @param createdAt     the consistent point: when {@code pg_backup_stop} returned
 * @param schemaVersion the newest Flyway version applied at that point
 * @param walStart      the LSN where recovery starts ({@code pg_backup_start})
 * @param walStop       the LSN recovery must reach ({@code pg_backup_stop})
 */
record BackupManifest(
        int format,
        String createdAt,
        String schemaVersion,
        String postgresVersion,
        String walStart,
        String walStop,
        List<String> directories,
        List<Entry> files) {

    static final String FILE = "manifest.json";
    static final String SUMS = "SHA256SUMS";
    static final int FORMAT = 1;
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    record Entry(String path, long size, String sha256) {}

    BackupManifest {
        directories = List.copyOf(directories);
        files = List.copyOf(files);
    }

    long totalBytes() {
        return files.stream().mapToLong(Entry::size).sum();
    }

    void write(Path backup) {
        try {
            Files.writeString(
                    backup.resolve(SUMS),
                    files.stream().map(f -> f.sha256() + "  " + f.path()).collect(Collectors.joining("\n", "", "\n")),
                    StandardCharsets.UTF_8);
            byte[] json = JSON.writeValueAsBytes(this);
            Files.write(
                    backup.resolve(FILE),
                    json,
                    StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE,
                    StandardOpenOption.SYNC);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the manifest in " + backup, e);
        }
    }

    /** Reads and checks the manifest's shape; every path must stay inside the backup. */
    static BackupManifest read(Path backup) {
        Path file = backup.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            throw new BackupException(
                    "No " + FILE + " in " + backup + ": not a PortalOps backup, or an unfinished one");
        }
        BackupManifest manifest;
        try {
            manifest = JSON.readValue(file.toFile(), BackupManifest.class);
        } catch (JacksonException e) {
            throw new BackupException(file + " cannot be read: " + e.getOriginalMessage());
        }
        if (manifest.format() != FORMAT) {
            throw new BackupException(
                    file + " has format " + manifest.format() + "; this version reads format " + FORMAT);
        }
        if (manifest.schemaVersion() == null || manifest.files() == null || manifest.directories() == null) {
            throw new BackupException(file + " lacks its schema version or its file list");
        }
        for (String directory : manifest.directories()) {
            inside(backup, directory);
        }
        for (Entry entry : manifest.files()) {
            inside(backup, entry.path());
            if (entry.sha256() == null || !SHA256.matcher(entry.sha256()).matches() || entry.size() < 0) {
                throw new BackupException(file + ": the entry for " + entry.path() + " has no valid SHA-256 or size");
            }
        }
        return manifest;
    }

    /** A path of the manifest, resolved; one that leaves the backup (absolute, "..") is refused. */
    static Path inside(Path root, String relative) {
        if (relative == null || relative.isBlank() || relative.contains("\\")) {
            throw new BackupException("The manifest names an invalid path: " + relative);
        }
        Path resolved = root.resolve(relative).normalize();
        if (Path.of(relative).isAbsolute()
                || !resolved.startsWith(root.normalize())
                || resolved.equals(root.normalize())) {
            throw new BackupException("The manifest names a path outside the backup: " + relative);
        }
        return resolved;
    }
}
