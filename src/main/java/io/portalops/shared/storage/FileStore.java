package io.portalops.shared.storage;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A flat store of files by key, shared by every node (ADR 049). Keys are made by the code, never by a user, and are
 * checked anyway ({@link StorageKeys}): a key that could leave the store, such as {@code ../x}, is refused. Content is
 * streamed both ways, never held whole in memory.
 */
public interface FileStore {

    /** Stores {@code length} bytes read from {@code content} under {@code key}, replacing what was there. */
    void put(String key, InputStream content, long length);

    /**
     * Stores a finished local file under {@code key}, replacing what was there, and takes it over: afterwards the
     * local file is gone (moved when the store is a directory on the same disk, else uploaded and deleted).
     */
    void putFile(String key, Path file);

    /** The stored bytes; the caller closes the stream. {@link io.portalops.shared.NotFoundException} when missing. */
    InputStream open(String key);

    boolean exists(String key);

    /** Deletes the file; deleting a missing key does nothing. */
    void delete(String key);

    /** Every key in the store, for the migration command; the caller closes the stream. */
    Stream<StoredObject> list();

    /** Where this store is, for logs and the migration's report (no credentials). */
    String describe();

    /** A key and its size. */
    record StoredObject(String key, long size) {}
}
