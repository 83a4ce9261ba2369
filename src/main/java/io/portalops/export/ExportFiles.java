package io.portalops.export;

import io.portalops.shared.PortalOpsProperties;
import io.portalops.shared.storage.FileStorage;
import io.portalops.shared.storage.FileStore;
import io.portalops.shared.storage.StoredContent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.stereotype.Component;

/**
 * Where exports are kept: the {@code exports} area of the file store (ADR 049), a file per export named by its id, so
 * no user input ever reaches a key. An export is written locally as {@code <id>.part} in
 * {@code ${portalops.data-dir}/exports} and handed to the store once complete: renamed into place with the directory
 * store, uploaded with S3, so a half-written export is never seen on any node.
 */
@Component
class ExportFiles {

    private final Path directory;
    private final FileStore store;

    ExportFiles(ExportProperties properties, PortalOpsProperties app, FileStorage storage) {
        this.directory =
                app.dataPath(properties.dir(), "exports").toAbsolutePath().normalize();
        this.store = storage.area("exports", directory);
    }

    /** The local file an export is written to. */
    Path partOf(long id) {
        return directory().resolve(id + ".part");
    }

    StoredContent contentOf(long id, ExportFormat format) {
        return new StoredContent(store, key(id, format));
    }

    void finish(long id, ExportFormat format) {
        store.putFile(key(id, format), partOf(id));
    }

    void delete(long id, ExportFormat format) {
        try {
            Files.deleteIfExists(partOf(id));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        store.delete(key(id, format));
    }

    private static String key(long id, ExportFormat format) {
        return id + "." + format.extension();
    }

    private Path directory() {
        try {
            return Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
