package io.portalops.export;

import io.portalops.shared.PortalOpsProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.springframework.stereotype.Component;

/**
 * Where exports are written: {@code ${portalops.data-dir}/exports}, a file per export named by its id, so no user
 * input ever reaches a path. A file is written as {@code .part} and renamed once complete.
 */
@Component
class ExportFiles {

    private final Path directory;

    ExportFiles(ExportProperties properties, PortalOpsProperties app) {
        Path directory = app.dataPath(properties.dir(), "exports");
        this.directory = directory.toAbsolutePath().normalize();
    }

    Path partOf(long id) {
        return directory().resolve(id + ".part");
    }

    Path fileOf(long id, ExportFormat format) {
        return directory().resolve(id + "." + format.extension());
    }

    Path finish(long id, ExportFormat format) {
        try {
            return Files.move(
                    partOf(id),
                    fileOf(id, format),
                    StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void delete(long id, ExportFormat format) {
        try {
            Files.deleteIfExists(partOf(id));
            Files.deleteIfExists(fileOf(id, format));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path directory() {
        try {
            return Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
