package io.portalops.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Copies a file while hashing it (one read of the source), or only hashes it. */
final class Checksums {

    private static final int BUFFER = 1 << 16;

    private Checksums() {}

    /** Copies {@code source} to {@code target} (created, never overwritten) and returns the SHA-256 of the bytes copied. */
    static String copy(Path source, Path target, Progress progress) throws IOException {
        Files.createDirectories(target.getParent());
        MessageDigest digest = sha256();
        try (InputStream in = Files.newInputStream(source);
                OutputStream out =
                        Files.newOutputStream(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            byte[] buffer = new byte[BUFFER];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
                out.write(buffer, 0, n);
                progress.advance(n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static String of(Path file, Progress progress) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[BUFFER];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
                progress.advance(n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
