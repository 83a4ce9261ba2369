package io.portalops.shared.storage;

import jakarta.annotation.PreDestroy;
import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Hands each module the store of its area ({@code uploads}, {@code exports}): the area's directory, or the area's
 * prefix in the configured bucket ({@code portalops.storage.type}, ADR 049).
 */
@Component
public class FileStorage {

    private final StorageProperties properties;
    private @Nullable S3Client s3;

    public FileStorage(StorageProperties properties) {
        this.properties = properties;
    }

    /** The store of an area: {@code directory} when the type is {@code directory}, else {@code <area>/} in the bucket. */
    public synchronized FileStore area(String area, Path directory) {
        return switch (properties.type()) {
            case DIRECTORY -> new DirectoryFileStore(directory);
            case S3 -> s3Area(area);
        };
    }

    /** The area in the bucket, whatever the type: the target of the migration command. */
    public synchronized S3FileStore s3Area(String area) {
        if (s3 == null) {
            s3 = client(properties.s3());
        }
        return new S3FileStore(
                s3,
                Objects.requireNonNull(properties.s3().bucket(), "portalops.storage.s3.bucket"),
                StorageKeys.require(area) + "/");
    }

    @PreDestroy
    synchronized void close() {
        if (s3 != null) {
            s3.close();
        }
    }

    /** A client for the configured store; the JDK's HTTP client is enough for streaming puts and gets. */
    public static S3Client client(StorageProperties.S3 settings) {
        var builder = S3Client.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .region(Region.of(settings.region()))
                .forcePathStyle(settings.pathStyle())
                // checksums only where S3 demands them: many S3-compatible stores reject the SDK's default trailers
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .credentialsProvider(
                        settings.accessKey() != null && settings.secretKey() != null
                                ? StaticCredentialsProvider.create(
                                        AwsBasicCredentials.create(settings.accessKey(), settings.secretKey()))
                                : DefaultCredentialsProvider.builder().build());
        if (settings.endpoint() != null) {
            builder.endpointOverride(settings.endpoint());
        }
        return builder.build();
    }
}
