package io.portalops.shared.files;

import io.portalops.shared.InvalidInputException;
import io.portalops.shared.NotFoundException;
import io.portalops.shared.PortalOpsProperties;
import io.portalops.shared.storage.FileStorage;
import io.portalops.shared.storage.FileStore;
import io.portalops.shared.storage.StorageKeys;
import io.portalops.shared.storage.StoredContent;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.UUID;
import org.apache.tika.Tika;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.unit.DataSize;

/**
 * The uploaded documents, kept in the {@code uploads} area of the file store (ADR 049). A file is accepted only if its bytes are a PDF or an image (Apache Tika), never because of its
 * name; it is stored under a random name in a module's folder with its SHA-256 computed on the way. Inside a
 * transaction, a stored file is removed again if the transaction rolls back, and a deleted one only goes once the
 * transaction commits, so the store and the database agree. Callers authorise before they call.
 */
@Component
public class UploadedFiles {

    private static final Logger log = LoggerFactory.getLogger(UploadedFiles.class);

    public static final Set<String> DOCUMENT_TYPES =
            Set.of("application/pdf", "image/png", "image/jpeg", "image/gif", "image/webp");

    /** Local: where an upload is checked before it is stored (and, with the directory store, the store itself). */
    private final Path directory;

    private final FileStore store;
    private final long maxBytes;
    private final Tika tika = new Tika();

    UploadedFiles(UploadProperties properties, PortalOpsProperties app, FileStorage storage) {
        this.directory =
                app.dataPath(properties.dir(), "uploads").toAbsolutePath().normalize();
        this.store = storage.area("uploads", directory);
        this.maxBytes = properties.maxSize().toBytes();
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** Checks and stores a document (PDF or image). Refused files leave nothing behind. */
    public StoredFile store(String folder, String originalName, InputStream content) {
        FileNames.requireValid(originalName);
        Path temp = null;
        try {
            Files.createDirectories(directory);
            temp = Files.createTempFile(directory, "upload-", ".part");
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            long size = copyLimited(content, temp, sha256);
            if (size == 0) {
                throw new InvalidInputException("file", "The file is empty.");
            }
            String type = tika.detect(temp);
            if (!DOCUMENT_TYPES.contains(type)) {
                throw new InvalidInputException(
                        "file",
                        "Only PDF and image files (PNG, JPEG, GIF, WebP) can be attached; " + "this file's content is "
                                + type + ", whatever its name says.");
            }
            String stored = UUID.randomUUID().toString();
            String key = key(folder, stored);
            store.putFile(key, temp);
            temp = null;
            removeOnRollback(key);
            return new StoredFile(
                    stored,
                    FileNames.sanitise(originalName),
                    type,
                    size,
                    HexFormat.of().formatHex(sha256.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException("The upload could not be stored", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /** A stored file's bytes, to stream; "not found" when they are gone. */
    public StoredContent content(String folder, String storedName) {
        String key = key(folder, storedName);
        if (!store.exists(key)) {
            throw new NotFoundException("File");
        }
        return new StoredContent(store, key);
    }

    /** Deletes a stored file once the current transaction commits (at once when there is none). */
    public void delete(String folder, String storedName) {
        String key = key(folder, storedName);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    deleteQuietly(key);
                }
            });
        } else {
            deleteQuietly(key);
        }
    }

    /** A module's folder (e.g. {@code 42}, {@code payments/7}) and a stored name; refused if it could leave the store. */
    private static String key(String folder, String storedName) {
        if (folder.isBlank()) {
            throw new IllegalArgumentException("Not a folder inside the upload store: " + folder);
        }
        return StorageKeys.require(folder + "/" + storedName);
    }

    private void removeOnRollback(String key) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        deleteQuietly(key);
                    }
                }
            });
        }
    }

    private void deleteQuietly(String key) {
        try {
            store.delete(key);
        } catch (RuntimeException e) {
            log.warn("Could not delete the stored file {}: {}", key, e.getMessage());
        }
    }

    private long copyLimited(InputStream content, Path target, MessageDigest digest) throws IOException {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(target), digest)) {
            int read;
            while ((read = content.read(buffer)) != -1) {
                total += read;
                if (total > maxBytes) {
                    throw new InvalidInputException(
                            "file",
                            "The file is larger than the limit of "
                                    + DataSize.ofBytes(maxBytes).toMegabytes() + " MB.");
                }
                out.write(buffer, 0, read);
            }
        }
        return total;
    }

    private static void deleteQuietly(@Nullable Path path) {
        if (path != null) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException ignored) {
                // a leftover file is referenced by no row; harmless, and nothing the user can act on
            }
        }
    }
}
