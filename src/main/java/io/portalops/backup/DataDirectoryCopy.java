package io.portalops.backup;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The files of a PostgreSQL data directory that a base backup holds, as PostgreSQL's documentation of the low-level
 * API lists them ("Making a Base Backup Using the Low Level API"): not the WAL (copied separately, only the segments the
 * backup needs), not the server's run-time files, and not the contents of directories the server rebuilds at start.
 * Files change and vanish while they are copied; replaying the WAL from the backup's start repairs that.
 */
final class DataDirectoryCopy {

    private static final Set<String> SKIPPED_FILES = Set.of(
            "postmaster.pid",
            "postmaster.opts",
            "epg-lock",
            "backup_label",
            "backup_label.old",
            "tablespace_map",
            "tablespace_map.old",
            "backup_manifest",
            "recovery.signal",
            "standby.signal",
            "current_logfiles");
    private static final Set<String> EMPTIED_DIRECTORIES = Set.of(
            "pg_wal",
            "pg_replslot",
            "pg_dynshmem",
            "pg_notify",
            "pg_serial",
            "pg_snapshots",
            "pg_stat_tmp",
            "pg_subtrans");

    private final List<String> directories = new ArrayList<>();
    private final List<Path> files = new ArrayList<>();

    /** Lists what to copy under {@code dataDir}; paths are relative to it. */
    static DataDirectoryCopy list(Path dataDir) throws IOException {
        DataDirectoryCopy copy = new DataDirectoryCopy();
        Files.walkFileTree(dataDir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                String relative = relative(dataDir, dir);
                if (!relative.isEmpty()) {
                    copy.directories.add(relative);
                }
                if (EMPTIED_DIRECTORIES.contains(relative)) {
                    if ("pg_wal".equals(relative)) {
                        copy.directories.add("pg_wal/archive_status");
                        copy.directories.add("pg_wal/summaries");
                    }
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                String name = file.getFileName().toString();
                boolean skipped = (dataDir.equals(file.getParent()) && SKIPPED_FILES.contains(name))
                        || name.startsWith("pgsql_tmp")
                        || name.equals("pg_internal.init")
                        || !attributes.isRegularFile();
                if (!skipped) {
                    copy.files.add(dataDir.relativize(file));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE; // dropped while we walked: the WAL replay knows
                }
                throw e;
            }
        });
        return copy;
    }

    List<String> directories() {
        return directories;
    }

    List<Path> files() {
        return files;
    }

    long bytes(Path dataDir) {
        long total = 0;
        for (Path file : files) {
            try {
                total += Files.size(dataDir.resolve(file));
            } catch (IOException e) {
                // vanished since the listing
            }
        }
        return total;
    }

    static String relative(Path root, Path path) {
        return root.relativize(path).toString().replace('\\', '/');
    }
}
