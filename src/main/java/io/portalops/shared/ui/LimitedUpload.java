package io.portalops.shared.ui;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * An upload whose size limit holds on the server. {@link Upload#setMaxFileSize} only tells the browser; a client that
 * ignores it could send anything. This handler streams the bytes to a temporary file, counting them, and stops reading
 * the moment they pass the limit: the file is deleted and the view hears why. Nothing is held in memory beyond one
 * buffer. The latest accepted file belongs to the handler until the view takes it ({@link #take}) or discards it, and is
 * deleted when a newer upload replaces it or when the upload leaves the screen (detach), so no temp file outlives its view.
 * <p>
 * Both callbacks run in the upload request, which carries the user's sign-in; they reach the UI through {@code ui.access}.
 */
public final class LimitedUpload implements UploadHandler {

    /** An accepted file: the name the browser sent, where its bytes are, and how many there are. */
    public record Received(String fileName, Path file, long size) {}

    private static final int BUFFER = 64 * 1024;

    private final long maxBytes;
    private final SerializableConsumer<Received> onReceived;
    private final SerializableConsumer<String> onRefused;
    private transient @Nullable Path current;

    private LimitedUpload(
            long maxBytes, SerializableConsumer<Received> onReceived, SerializableConsumer<String> onRefused) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
        this.maxBytes = maxBytes;
        this.onReceived = onReceived;
        this.onRefused = onRefused;
    }

    /**
     * Gives the upload this handler, tells the browser the same limit, and deletes the held file when the upload is
     * detached (its dialog closed, its view left).
     */
    public static LimitedUpload attach(
            Upload upload,
            long maxBytes,
            SerializableConsumer<Received> onReceived,
            SerializableConsumer<String> onRefused) {
        LimitedUpload handler = new LimitedUpload(maxBytes, onReceived, onRefused);
        upload.setUploadHandler(handler);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        upload.addDetachListener(detach -> handler.discard());
        return handler;
    }

    public long maxBytes() {
        return maxBytes;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        String name = event.getFileName() == null ? "" : event.getFileName();
        Received received;
        try (InputStream in = event.getInputStream()) {
            received = receive(name, event.getFileSize(), in);
        } catch (TooLargeException e) {
            event.reject(e.getMessage());
            onRefused.accept(e.getMessage());
            return;
        }
        onReceived.accept(received);
    }

    /** Vaadin's multipart parsing stops at this size too, before the bytes reach {@link #handleUploadRequest}. */
    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    /** The whole request: the file plus the multipart envelope. */
    @Override
    public long getRequestSizeMax() {
        return maxBytes + 64 * 1024;
    }

    /**
     * Streams {@code in} to a new temp file, refusing at once when the declared size is too large and otherwise as soon
     * as the count passes the limit (the declared size may lie). Replaces and deletes the file held before.
     */
    Received receive(String fileName, long declaredSize, InputStream in) throws IOException {
        if (declaredSize > maxBytes) {
            throw new TooLargeException(fileName, maxBytes);
        }
        Path temp = Files.createTempFile("portalops-upload-", ".part");
        boolean kept = false;
        try (OutputStream out = Files.newOutputStream(temp)) {
            byte[] buffer = new byte[BUFFER];
            long total = 0;
            int read;
            while ((read = in.read(buffer)) != -1) {
                total += read;
                if (total > maxBytes) {
                    throw new TooLargeException(fileName, maxBytes);
                }
                out.write(buffer, 0, read);
            }
            out.close();
            replace(temp);
            kept = true;
            return new Received(fileName, temp, total);
        } finally {
            if (!kept) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** Hands the held file to the caller, who must delete it; the handler forgets it. */
    public synchronized @Nullable Path take() {
        Path file = current;
        current = null;
        return file;
    }

    /** The file held now, if any: for a view that uses it later (verify, import) and for tests. */
    public synchronized @Nullable Path held() {
        return current;
    }

    /** Deletes the held file, if any. */
    public synchronized void discard() {
        delete(current);
        current = null;
    }

    private synchronized void replace(Path file) {
        delete(current);
        current = file;
    }

    private static void delete(@Nullable Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The upload passed its limit; nothing of it is kept. */
    static final class TooLargeException extends IOException {
        TooLargeException(String fileName, long maxBytes) {
            super((fileName.isBlank() ? "The file" : fileName) + " is larger than the limit of " + megabytes(maxBytes)
                    + "; nothing was kept.");
        }
    }

    static String megabytes(long bytes) {
        return bytes >= 1024 * 1024
                ? (bytes / (1024 * 1024)) + " MB"
                : bytes >= 1024 ? (bytes / 1024) + " KB" : bytes + " bytes";
    }
}
