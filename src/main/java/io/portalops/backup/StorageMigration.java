package io.portalops.backup;

import io.portalops.audit.AuditActor;
import io.portalops.audit.AuditEntry;
import io.portalops.audit.AuditLog;
import io.portalops.shared.PortalOpsProperties;
import io.portalops.shared.storage.DirectoryFileStore;
import io.portalops.shared.storage.FileStorage;
import io.portalops.shared.storage.FileStore;
import io.portalops.shared.storage.S3FileStore;
import io.portalops.shared.storage.Sha256;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Copies the files of the directory store (uploads and exports) into the S3 bucket (ADR 049), for
 * {@code java -jar portalops.jar storage migrate}. Each file's SHA-256 is computed locally, stored as the object's
 * metadata, and checked again by reading the object back; an object that already carries the same SHA-256 is skipped,
 * so a re-run, or a run after an interruption, copies nothing twice. The local files stay unless asked to delete them,
 * and then each goes only once its copy is verified. The run is put on the audit log.
 */
@Component
class StorageMigration {

    static final String ACTION = "storage.migrated";

    /** What a run did. */
    record Result(int copied, int skipped, int failed, long bytes) {}

    private final AuditLog audit;
    private final FileStorage storage;
    private final Environment environment;
    private final PortalOpsProperties app;

    StorageMigration(AuditLog audit, FileStorage storage, Environment environment, PortalOpsProperties app) {
        this.audit = audit;
        this.storage = storage;
        this.environment = environment;
        this.app = app;
    }

    /** The configured directories into the configured bucket. */
    Result run(boolean deleteSource, Consumer<String> progress) {
        Map<String, Path> areas = new LinkedHashMap<>();
        areas.put("uploads", directory("portalops.uploads.dir", "uploads"));
        areas.put("exports", directory("portalops.export.dir", "exports"));
        return migrate(areas, storage::s3Area, deleteSource, progress);
    }

    Result migrate(
            Map<String, Path> areas,
            Function<String, S3FileStore> target,
            boolean deleteSource,
            Consumer<String> progress) {
        int copied = 0;
        int skipped = 0;
        int failed = 0;
        long bytes = 0;
        String where = "";
        for (Map.Entry<String, Path> area : areas.entrySet()) {
            DirectoryFileStore source = new DirectoryFileStore(area.getValue());
            S3FileStore bucket = target.apply(area.getKey());
            where = bucket.describe();
            List<FileStore.StoredObject> files;
            try (Stream<FileStore.StoredObject> listed = source.list()) {
                files = listed.toList();
            }
            progress.accept(area.getKey() + ": " + files.size() + " files in " + source.describe() + " to " + where);
            for (FileStore.StoredObject file : files) {
                Path local = area.getValue().resolve(file.key());
                String sha256;
                try (InputStream in = source.open(file.key())) {
                    sha256 = Sha256.of(in);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                if (bucket.sha256Of(file.key()).filter(sha256::equals).isPresent()) {
                    skipped++;
                } else {
                    bucket.putWithChecksum(file.key(), local, sha256);
                    String stored;
                    try (InputStream in = bucket.open(file.key())) {
                        stored = Sha256.of(in);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                    if (!stored.equals(sha256)) {
                        bucket.delete(file.key());
                        progress.accept("  checksum mismatch, not copied: " + file.key());
                        failed++;
                        continue;
                    }
                    copied++;
                    bytes += file.size();
                }
                if (deleteSource) {
                    source.delete(file.key());
                }
            }
        }
        Result result = new Result(copied, skipped, failed, bytes);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("copied", copied);
        details.put("skipped", skipped);
        details.put("failed", failed);
        details.put("bytes", bytes);
        details.put("sourceDeleted", deleteSource);
        details.put("areas", String.join(",", areas.keySet()));
        audit.record(new AuditEntry(
                ACTION, "storage", where, details, new AuditActor(AuditActor.Type.SYSTEM, null, "command line")));
        progress.accept("copied " + copied + " (" + bytes + " bytes), already there " + skipped + ", failed " + failed);
        return result;
    }

    private Path directory(String property, String name) {
        String configured = environment.getProperty(property);
        return app.dataPath(configured == null ? null : Path.of(configured), name)
                .toAbsolutePath()
                .normalize();
    }
}
