package io.portalops.shared.storage;

import java.io.InputStream;

/** A stored file handed to a download: opened only when the bytes are sent, and streamed. */
public record StoredContent(FileStore store, String key) {

    /** The bytes; the caller closes the stream. */
    public InputStream open() {
        return store.open(key);
    }

    public boolean exists() {
        return store.exists(key);
    }
}
