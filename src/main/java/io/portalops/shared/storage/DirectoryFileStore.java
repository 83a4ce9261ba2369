package io.portalops.shared.storage;

import io.portalops.shared.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Files in a directory, which may be a volume every node mounts (NFS, EFS, a SAN). A file is written beside its target
 * as a hidden temporary and renamed into place, so a reader on any node sees the old file or the new one, never half.
 */
public final class DirectoryFileStore implements FileStore {

    private static final String TEMPORARY_PREFIX = ".put-";
    private final Path root;

    public DirectoryFileStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public void put(String key, InputStream content, long length) {
        Path target = resolve(key);
        @Nullable Path temp = null;
        try {
            Files.createDirectories(target.getParent());
            temp = Files.createTempFile(target.getParent(), TEMPORARY_PREFIX, ".part");
            long copied = Files.copy(content, temp, StandardCopyOption.REPLACE_EXISTING);
            if (copied != length) {
                throw new IllegalArgumentException("Expected " + length + " bytes for " + key + ", read " + copied);
            }
            move(temp, target);
            temp = null;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store " + key, e);
        } finally {
            deleteQuietly(temp);
        }
    }

    @Override
    public void putFile(String key, Path file) {
        Path target = resolve(key);
        try {
            Files.createDirectories(target.getParent());
            move(file, target);
        } catch (AtomicMoveNotSupportedException e) {
            // another disk: copy beside the target first, so the rename into place stays atomic
            try (InputStream in = Files.newInputStream(file)) {
                put(key, in, Files.size(file));
                Files.delete(file);
            } catch (IOException copyFailed) {
                throw new UncheckedIOException("Cannot store " + key, copyFailed);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store " + key, e);
        }
    }

    @Override
    public InputStream open(String key) {
        try {
            return Files.newInputStream(resolve(key));
        } catch (NoSuchFileException e) {
            throw new NotFoundException("File");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + key, e);
        }
    }

    @Override
    public boolean exists(String key) {
        return Files.isRegularFile(resolve(key));
    }

    @Override
    public void delete(String key) {
        try {
            Files.deleteIfExists(resolve(key));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + key, e);
        }
    }

    @Override
    public Stream<StoredObject> list() {
        if (!Files.isDirectory(root)) {
            return Stream.empty();
        }
        try {
            return Files.walk(root)
                    .filter(Files::isRegularFile)
                    .map(path -> root.relativize(path).toString().replace('\\', '/'))
                    .filter(DirectoryFileStore::isKey)
                    .map(key -> new StoredObject(key, size(resolve(key))));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + root, e);
        }
    }

    @Override
    public String describe() {
        return "directory " + root;
    }

    /** The file of a key; a key is checked, and the result must still lie inside the root (belt and braces). */
    Path resolve(String key) {
        Path path = root.resolve(StorageKeys.require(key)).normalize();
        if (!path.startsWith(root) || path.equals(root)) {
            throw new IllegalArgumentException("Not a key inside " + root + ": " + key);
        }
        return path;
    }

    /** Temporary files (of a put or an export being written) and stray names are not stored files. */
    private static boolean isKey(String key) {
        try {
            StorageKeys.require(key);
            return !key.endsWith(".part");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void move(Path source, Path target) throws IOException {
        Files.move(source, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static long size(Path path) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(@Nullable Path path) {
        if (path != null) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException ignored) {
                // a hidden leftover that list() skips; nothing a caller can act on
            }
        }
    }
}
