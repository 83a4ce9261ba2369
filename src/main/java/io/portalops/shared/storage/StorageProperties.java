package io.portalops.shared.storage;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where uploads and exports are kept (ADR 049).
 *
 * @param type {@code directory} (the default: {@code portalops.uploads.dir} and {@code portalops.export.dir}, which may
 *             be a volume every node mounts) or {@code s3} (an S3-compatible object store, {@code portalops.storage.s3.*})
 * @param s3   the object store, used when {@code type=s3} and by {@code java -jar portalops.jar storage migrate}
 */
@Validated
@ConfigurationProperties("portalops.storage")
public record StorageProperties(
        @DefaultValue("directory") @NotNull Type type,
        @Valid @DefaultValue S3 s3) {

    public enum Type {
        DIRECTORY,
        S3
    }

    public StorageProperties {
        if (type == Type.S3 && s3.bucket() == null) {
            throw new IllegalArgumentException("portalops.storage.type=s3 needs portalops.storage.s3.bucket");
        }
    }

    /**
     * An S3-compatible object store.
     *
     * @param endpoint   the store's address, e.g. {@code http://minio:9000}; unset for AWS itself
     * @param region     the region the bucket is in (most S3-compatible stores accept any)
     * @param bucket     the bucket; it must exist. Uploads go under {@code uploads/}, exports under {@code exports/}
     * @param accessKey  the access key; unset to use the AWS default chain (environment, profile, instance role)
     * @param secretKey  the secret key that goes with the access key
     * @param pathStyle  address the bucket as {@code endpoint/bucket} rather than {@code bucket.endpoint}, as MinIO and
     *                   most self-hosted stores need
     */
    public record S3(
            @Nullable URI endpoint,
            @DefaultValue("us-east-1") @NotBlank String region,
            @Nullable String bucket,
            @Nullable String accessKey,
            @Nullable String secretKey,
            @DefaultValue("true") boolean pathStyle) {

        public S3 {
            if ((accessKey == null) != (secretKey == null)) {
                throw new IllegalArgumentException(
                        "portalops.storage.s3.access-key and portalops.storage.s3.secret-key go together");
            }
        }

        @Override
        public String toString() {
            return "S3[endpoint=" + endpoint + ", region=" + region + ", bucket=" + bucket + ", pathStyle=" + pathStyle
                    + "]";
        }
    }
}
