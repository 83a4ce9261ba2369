package io.portalops.shared.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class DirectoryFileStoreTest extends FileStoreContract {

    @TempDir
    Path parent;

    @Override
    FileStore store() {
        return new DirectoryFileStore(parent.resolve("store"));
    }

    @Override
    boolean outsideHas(String name) {
        return Files.exists(parent.resolve(name)) || Files.exists(Path.of("/").resolve(name));
    }
}
