package io.portalops.shared.storage;

import java.nio.file.Path;

/** For tests that look at the files behind the default directory store: the file a stored content is in. */
public final class StoredPaths {

    private StoredPaths() {}

    public static Path of(StoredContent content) {
        if (!(content.store() instanceof DirectoryFileStore directory)) {
            throw new IllegalStateException(
                    "Not in a directory store: " + content.store().describe());
        }
        return directory.resolve(content.key());
    }
}
