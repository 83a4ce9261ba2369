package io.portalops.backup;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.springframework.util.FileSystemUtils;

/**
 * Brings a stopped installation back to the state of a backup (ADR 027). Everything is checked before anything
 * changes: the installation must be stopped, every file of the manifest must be there with its SHA-256, and its schema
 * version must not be newer than this code's migrations. Then the database directory, the uploads and the anchor file
 * are moved aside (kept next to where they were), the backup is copied in (checked again as it is read), and the
 * embedded PostgreSQL is started once to replay the backup's WAL to the backup's stop point and stopped again. Any
 * failure after the move puts the previous state back.
 */
final class Restore {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final BackupSettings settings;
    private final Progress progress;
    private final Clock clock;

    Restore(BackupSettings settings, Progress progress, Clock clock) {
        this.settings = settings;
        this.progress = progress;
        this.clock = clock;
    }

    void run(Path backup) {
        if (!settings.embedded()) {
            throw new BackupException("Not restored: " + BackupSettings.EXTERNAL + ".");
        }
        BackupManifest manifest = BackupManifest.read(backup);
        MigrationVersion code = SchemaVersions.ofCode(settings.migrations());
        if (MigrationVersion.fromVersion(manifest.schemaVersion()).compareTo(code) > 0) {
            throw new BackupException("Not restored: the backup has schema version " + manifest.schemaVersion()
                    + ", newer than this version of PortalOps knows (" + code.getVersion()
                    + "). Restore it with the release that took it.");
        }
        if (EmbeddedServer.inUse(settings.postgresDir())) {
            throw new BackupException("Not restored: the installation is running (its database in "
                    + settings.postgresDir() + " is in use). Stop PortalOps first.");
        }
        verify(backup, manifest);

        String suffix = ".before-restore-" + STAMP.format(clock.instant());
        List<Path[]> moved = new ArrayList<>();
        try {
            moveAside(settings.postgresDir(), suffix, moved);
            moveAside(settings.uploadsDir(), suffix, moved);
            moveAside(settings.anchorFile(), suffix, moved);
            copyIn(backup, manifest);
            recover(manifest);
        } catch (IOException | SQLException | RuntimeException e) {
            rollBack(List.of(settings.postgresDir(), settings.uploadsDir(), settings.anchorFile()), moved);
            if (e instanceof BackupException refused) {
                throw new BackupException(refused.getMessage() + " The previous state is back in place.", refused);
            }
            throw new BackupException("The restore failed, the previous state is back in place: " + e.getMessage(), e);
        }
        progress.say("Restored the backup of " + manifest.createdAt() + " (schema version " + manifest.schemaVersion()
                + ").");
        if (!moved.isEmpty()) {
            progress.say("The state before the restore is kept with the suffix " + suffix
                    + " next to each restored part; delete it once " + "PortalOps runs well on the restored data.");
        }
    }

    /** Every file of the manifest, read in full: a missing, cut or changed file refuses the whole backup. */
    private void verify(Path backup, BackupManifest manifest) {
        progress.phase("Checking the backup", manifest.totalBytes());
        for (BackupManifest.Entry entry : manifest.files()) {
            Path file = BackupManifest.inside(backup, entry.path());
            String actual;
            try {
                actual = Files.isRegularFile(file) ? Checksums.of(file, progress) : null;
            } catch (IOException e) {
                actual = null;
            }
            if (actual == null) {
                throw new BackupException("Not restored: " + entry.path() + " is missing from the backup.");
            }
            if (!actual.equals(entry.sha256())) {
                throw new BackupException("Not restored: the checksum of " + entry.path()
                        + " does not match the manifest; the backup " + "was changed or damaged.");
            }
        }
    }

    private static void moveAside(Path path, String suffix, List<Path[]> moved) throws IOException {
        if (Files.exists(path)) {
            Path aside = path.resolveSibling(path.getFileName() + suffix);
            Files.move(path, aside);
            moved.add(new Path[] {path, aside});
        }
    }

    private void copyIn(Path backup, BackupManifest manifest) throws IOException {
        Files.createDirectories(settings.postgresDir());
        for (String directory : manifest.directories()) {
            Files.createDirectories(destination(directory));
        }
        progress.phase("Restoring files", manifest.totalBytes());
        for (BackupManifest.Entry entry : manifest.files()) {
            Path target = destination(entry.path());
            String copied = Checksums.copy(BackupManifest.inside(backup, entry.path()), target, progress);
            if (!copied.equals(entry.sha256())) {
                throw new BackupException("The checksum of " + entry.path() + " changed while it was restored.");
            }
        }
        try {
            // PostgreSQL refuses a data directory that others may read
            Files.setPosixFilePermissions(settings.postgresDir(), PosixFilePermissions.fromString("rwx------"));
        } catch (UnsupportedOperationException ignored) {
            // not a POSIX file system
        }
    }

    /** Where a part of the backup goes in this installation, whose directories may be configured elsewhere than in the backup's. */
    private Path destination(String relative) {
        int slash = relative.indexOf('/');
        String part = slash < 0 ? relative : relative.substring(0, slash);
        String rest = slash < 0 ? "" : relative.substring(slash + 1);
        Path root = switch (part) {
            case OnlineBackup.POSTGRES -> settings.postgresDir();
            case OnlineBackup.UPLOADS -> settings.uploadsDir();
            case OnlineBackup.ANCHORS -> settings.anchorFile();
            default -> throw new BackupException("The manifest names an unknown part of a backup: " + relative);
        };
        return rest.isEmpty() ? root : BackupManifest.inside(root, rest);
    }

    /** Starts the embedded PostgreSQL once: it replays the backup's WAL; then the schema version must be the manifest's. */
    private void recover(BackupManifest manifest) throws SQLException {
        progress.say("Replaying the backup's WAL up to " + manifest.walStop());
        EmbeddedPostgres server = EmbeddedServer.start(settings.postgresDir());
        try (Connection connection = EmbeddedServer.connect(server.getPort())) {
            String version = SchemaVersions.ofDatabase(connection);
            if (!version.equals(manifest.schemaVersion())) {
                throw new BackupException("The restored database has schema version " + version + ", the manifest says "
                        + manifest.schemaVersion() + ".");
            }
        } finally {
            EmbeddedServer.stop(server, settings.postgresDir());
        }
    }

    /** Removes what the restore wrote and moves each part that was set aside back. */
    private static void rollBack(List<Path> parts, List<Path[]> moved) {
        for (Path part : parts) {
            try {
                FileSystemUtils.deleteRecursively(part);
                for (Path[] pair : moved) {
                    if (pair[0].equals(part)) {
                        Files.move(pair[1], part);
                    }
                }
            } catch (IOException e) {
                throw new BackupException(
                        "The restore failed and the previous state of " + part + " could not be put back: "
                                + e.getMessage(),
                        e);
            }
        }
    }
}
