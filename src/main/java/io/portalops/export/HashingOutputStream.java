package io.portalops.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Passes bytes through while taking their SHA-256 and counting them, so a streamed export is hashed without a copy. */
final class HashingOutputStream extends FilterOutputStream {

    private final MessageDigest sha;
    private long size;

    public HashingOutputStream(OutputStream out) {
        super(out);
        try {
            this.sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
        sha.update((byte) b);
        size++;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        out.write(bytes, offset, length);
        sha.update(bytes, offset, length);
        size += length;
    }

    /** The SHA-256 of everything written, in hex; call once, after the last write. */
    public String sha256() {
        return HexFormat.of().formatHex(sha.digest());
    }

    public long size() {
        return size;
    }
}
