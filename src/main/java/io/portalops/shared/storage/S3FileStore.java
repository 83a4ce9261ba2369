package io.portalops.shared.storage;

import io.portalops.shared.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Files as objects of one bucket of an S3-compatible store (AWS S3, MinIO, Ceph, Garage…), under a prefix per area
 * ({@code uploads/}, {@code exports/}). Uploads stream with a known length and single-part, which S3 takes up to 5 GB:
 * more than a 1M-row export. A put replaces the object atomically, as S3 does.
 */
public final class S3FileStore implements FileStore {

    private static final String SHA256 = "sha256";
    private final S3Client s3;
    private final String bucket;
    private final String prefix;

    /** {@code prefix} is empty or ends with {@code /}, e.g. {@code uploads/}. */
    public S3FileStore(S3Client s3, String bucket, String prefix) {
        this.s3 = s3;
        this.bucket = bucket;
        this.prefix = prefix;
    }

    @Override
    public void put(String key, InputStream content, long length) {
        s3.putObject(
                b -> b.bucket(bucket).key(objectKey(key)).contentLength(length),
                RequestBody.fromInputStream(content, length));
    }

    @Override
    public void putFile(String key, Path file) {
        s3.putObject(b -> b.bucket(bucket).key(objectKey(key)), RequestBody.fromFile(file));
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Stored " + key + " but cannot delete the local " + file, e);
        }
    }

    @Override
    public InputStream open(String key) {
        try {
            return s3.getObject(b -> b.bucket(bucket).key(objectKey(key)));
        } catch (NoSuchKeyException e) {
            throw new NotFoundException("File");
        }
    }

    @Override
    public boolean exists(String key) {
        try {
            s3.headObject(b -> b.bucket(bucket).key(objectKey(key)));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }

    /**
     * Uploads a local file with its SHA-256 (hex) as the object's {@code sha256} metadata, which {@link #sha256Of} reads
     * back: the migration command's record of what it copied. The local file is kept.
     */
    public void putWithChecksum(String key, Path file, String sha256) {
        s3.putObject(
                b -> b.bucket(bucket).key(objectKey(key)).metadata(Map.of(SHA256, sha256)), RequestBody.fromFile(file));
    }

    /** The {@code sha256} metadata of a stored object, if it exists and has one. */
    public Optional<String> sha256Of(String key) {
        try {
            return Optional.ofNullable(s3.headObject(b -> b.bucket(bucket).key(objectKey(key)))
                    .metadata()
                    .get(SHA256));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public void delete(String key) {
        s3.deleteObject(b -> b.bucket(bucket).key(objectKey(key)));
    }

    @Override
    public Stream<StoredObject> list() {
        return s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix)).contents().stream()
                .map(o -> new StoredObject(o.key().substring(prefix.length()), o.size() == null ? 0 : o.size()));
    }

    @Override
    public String describe() {
        return "s3://" + bucket + "/" + prefix;
    }

    private String objectKey(String key) {
        return prefix + StorageKeys.require(key);
    }
}
