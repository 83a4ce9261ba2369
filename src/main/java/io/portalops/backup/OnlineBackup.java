package io.portalops.backup;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.util.FileSystemUtils;

/**
 * A consistent backup of the embedded installation while it runs (ADR 027), with PostgreSQL's non-exclusive low-level
 * API in one session: a temporary replication slot keeps the WAL from being recycled, {@code pg_backup_start} checkpoints,
 * the data directory is copied as it is, the audit anchors and the uploads are copied while the backup is open, and
 * {@code pg_backup_stop} returns the backup label. The WAL segments from the start to the stop point complete the copy:
 * recovery replays them to the state at {@code pg_backup_stop}. A stopped installation is started for the backup and
 * stopped again.
 */
final class OnlineBackup {

    static final String POSTGRES = "postgres";
    static final String UPLOADS = "uploads";
    static final String ANCHORS = "audit-anchors.log";
    private static final Pattern START_FILE = Pattern.compile("START WAL LOCATION: \\S+ \\(file ([0-9A-F]{24})\\)");
    private static final Pattern SEGMENT = Pattern.compile("[0-9A-F]{24}");

    private final BackupSettings settings;
    private final Progress progress;
    private final Clock clock;

    OnlineBackup(BackupSettings settings, Progress progress, Clock clock) {
        this.settings = settings;
        this.progress = progress;
        this.clock = clock;
    }

    BackupManifest run(Path target) {
        if (!settings.embedded()) {
            throw new BackupException("Not backed up: " + BackupSettings.EXTERNAL + ".");
        }
        Path dataDir = settings.postgresDir();
        if (!Files.isRegularFile(dataDir.resolve("PG_VERSION"))) {
            throw new BackupException("Not backed up: there is no embedded database in " + dataDir + ".");
        }
        prepare(target);
        OptionalInt running = EmbeddedServer.runningPort(dataDir);
        EmbeddedPostgres ours = null;
        try {
            int port;
            if (running.isPresent()) {
                port = running.getAsInt();
                progress.say("The installation runs: an online backup of the embedded PostgreSQL on port " + port);
            } else {
                progress.say("The installation is stopped: starting its embedded PostgreSQL for the backup");
                ours = EmbeddedServer.start(dataDir);
                port = ours.getPort();
            }
            BackupManifest manifest;
            try (Connection connection = EmbeddedServer.connect(port)) {
                manifest = copy(connection, dataDir, target);
            }
            manifest.write(target);
            progress.say("Backup complete in " + target + ": "
                    + manifest.files().size() + " files, " + Progress.megabytes(manifest.totalBytes())
                    + ", schema version " + manifest.schemaVersion() + ", consistent as of " + manifest.createdAt());
            return manifest;
        } catch (SQLException | IOException | RuntimeException e) {
            FileSystemUtils.deleteRecursively(target.toFile());
            if (e instanceof BackupException backup) {
                throw backup;
            }
            throw new BackupException("The backup failed and was removed: " + e.getMessage(), e);
        } finally {
            if (ours != null) {
                EmbeddedServer.stop(ours, dataDir);
            }
        }
    }

    private static void prepare(Path target) {
        try {
            if (Files.exists(target)) {
                try (Stream<Path> entries = Files.list(target)) {
                    if (entries.findAny().isPresent()) {
                        throw new BackupException("Not backed up: " + target + " is not empty; name a new directory.");
                    }
                }
            }
            Files.createDirectories(target);
        } catch (IOException e) {
            throw new BackupException("Not backed up: cannot create " + target + ": " + e.getMessage(), e);
        }
    }

    private BackupManifest copy(Connection connection, Path dataDir, Path target) throws SQLException, IOException {
        String serverVersion = single(connection, "show server_version");
        if (!"0"
                .equals(single(
                        connection,
                        "select count(*) from pg_tablespace where spcname not in ('pg_default', 'pg_global')"))) {
            throw new BackupException(
                    "Not backed up: the database uses tablespaces, which the embedded backup does not copy.");
        }
        long segmentBytes =
                Long.parseLong(single(connection, "select setting from pg_settings where name = 'wal_segment_size'"));
        // before the checkpoint of pg_backup_start: from here on the server keeps every WAL segment until this session
        // ends
        single(
                connection,
                "select pg_create_physical_replication_slot('portalops_backup_' || pg_backend_pid(), true, true)");
        String walStart = single(connection, "select pg_backup_start('portalops " + clock.instant() + "', true)");
        progress.say("Backup started at WAL " + walStart);

        List<BackupManifest.Entry> entries = new ArrayList<>();
        List<String> directories = new ArrayList<>();
        DataDirectoryCopy database = DataDirectoryCopy.list(dataDir);
        directories.add(POSTGRES);
        database.directories().forEach(d -> directories.add(POSTGRES + "/" + d));
        progress.phase("Database files", database.bytes(dataDir));
        for (Path file : database.files()) {
            copyIfPresent(
                    dataDir.resolve(file),
                    target,
                    POSTGRES + "/" + DataDirectoryCopy.relative(dataDir, dataDir.resolve(file)),
                    entries);
        }
        // Anchors name entries that are committed, so the copy taken before the stop point never names one the restored
        // database lacks.
        if (Files.isRegularFile(settings.anchorFile())) {
            progress.phase("Audit anchors", Files.size(settings.anchorFile()));
            copyIfPresent(settings.anchorFile(), target, ANCHORS, entries);
        }
        directories.add(UPLOADS);
        copyUploads(target, directories, entries);
        String schemaVersion = SchemaVersions.ofDatabase(connection);

        String walStop;
        String label;
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select lsn::text, labelfile from pg_backup_stop(false)")) {
            rs.next();
            walStop = rs.getString(1);
            label = rs.getString(2);
        }
        String createdAt = clock.instant().toString();
        progress.say("Backup stopped at WAL " + walStop);
        Path labelFile = target.resolve(POSTGRES).resolve("backup_label");
        Files.writeString(labelFile, label, StandardCharsets.UTF_8);
        entries.add(new BackupManifest.Entry(
                POSTGRES + "/backup_label", Files.size(labelFile), Checksums.of(labelFile, new Progress(s -> {}))));

        copyWal(connection, dataDir, target, label, walStop, segmentBytes, entries);
        // A file whose row committed just before the stop point may have arrived after the first pass.
        copyUploads(target, directories, entries);
        return new BackupManifest(
                BackupManifest.FORMAT,
                createdAt,
                schemaVersion,
                serverVersion,
                walStart,
                walStop,
                directories,
                entries);
    }

    private void copyWal(
            Connection connection,
            Path dataDir,
            Path target,
            String label,
            String walStop,
            long segmentBytes,
            List<BackupManifest.Entry> entries)
            throws SQLException, IOException {
        Matcher start = START_FILE.matcher(label);
        if (!start.find()) {
            throw new BackupException("The backup label names no start WAL file: " + label);
        }
        String first = start.group(1);
        String last;
        try (PreparedStatement statement = connection.prepareStatement("select pg_walfile_name(?::pg_lsn)")) {
            statement.setString(1, walStop);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                last = rs.getString(1);
            }
        }
        Path wal = dataDir.resolve("pg_wal");
        List<Path> needed;
        try (Stream<Path> files = Files.list(wal)) {
            needed = files.filter(f -> {
                        String name = f.getFileName().toString();
                        return name.endsWith(".history")
                                || (SEGMENT.matcher(name).matches()
                                        && name.compareTo(first) >= 0
                                        && name.compareTo(last) <= 0);
                    })
                    .sorted()
                    .toList();
        }
        long segments = needed.stream()
                .filter(f -> !f.getFileName().toString().endsWith(".history"))
                .count();
        long expected = segmentNumber(last, segmentBytes) - segmentNumber(first, segmentBytes) + 1;
        if (segments != expected) {
            throw new BackupException("WAL segments " + first + " to " + last + " are needed but only " + segments
                    + " of " + expected + " are in " + wal);
        }
        progress.phase(
                "WAL " + first + " to " + last,
                needed.stream().mapToLong(f -> f.toFile().length()).sum());
        for (Path file : needed) {
            copyIfPresent(file, target, POSTGRES + "/pg_wal/" + file.getFileName(), entries);
        }
    }

    private void copyUploads(Path target, List<String> directories, List<BackupManifest.Entry> entries)
            throws IOException {
        Path uploads = settings.uploadsDir();
        if (!Files.isDirectory(uploads)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(uploads)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        List<Path> fresh = files.stream()
                .filter(f -> !Files.exists(
                        target.resolve(UPLOADS).resolve(uploads.relativize(f).toString())))
                .toList();
        if (fresh.isEmpty()) {
            return;
        }
        progress.phase(
                "Uploads", fresh.stream().mapToLong(f -> f.toFile().length()).sum());
        for (Path file : fresh) {
            Path parent = uploads.relativize(file).getParent();
            if (parent != null
                    && !directories.contains(UPLOADS + "/" + parent.toString().replace('\\', '/'))) {
                directories.add(UPLOADS + "/" + parent.toString().replace('\\', '/'));
            }
            copyIfPresent(file, target, UPLOADS + "/" + DataDirectoryCopy.relative(uploads, file), entries);
        }
    }

    private void copyIfPresent(Path source, Path target, String relative, List<BackupManifest.Entry> entries)
            throws IOException {
        Path copy = target.resolve(relative);
        try {
            String sha256 = Checksums.copy(source, copy, progress);
            entries.add(new BackupManifest.Entry(relative, Files.size(copy), sha256));
        } catch (NoSuchFileException e) {
            Files.deleteIfExists(copy); // dropped by the server, or a file deleted, while we copied
        }
    }

    /** A segment's position in the WAL: its log and segment parts of the name, on one timeline. */
    static long segmentNumber(String name, long segmentBytes) {
        long log = Long.parseLong(name.substring(8, 16), 16);
        long segment = Long.parseLong(name.substring(16, 24), 16);
        return log * (0x1_0000_0000L / segmentBytes) + segment;
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            if (!rs.next() || rs.getString(1) == null) {
                throw new SQLException("No value from: " + sql);
            }
            return rs.getString(1);
        }
    }
}
