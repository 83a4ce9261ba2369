package io.portalops.shared.files;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Uploaded documents (contract attachments, invoices).
 *
 * @param dir     where uploaded documents are stored; by default {@code uploads} under {@code portalops.data-dir}
 * @param maxSize the largest file accepted
 */
@Validated
@ConfigurationProperties("portalops.uploads")
public record UploadProperties(
        @Nullable Path dir, @DefaultValue("10MB") @NotNull DataSize maxSize) {

    public UploadProperties {
        if (maxSize.toBytes() < 1) {
            throw new IllegalArgumentException("portalops.uploads.max-size must be positive, not " + maxSize);
        }
    }
}
