package io.portalops.audit;

import jakarta.validation.Valid;
import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The hash-chained audit log and its anchors (ADR 014, ADR 021). The anchors' signing key is
 * {@code portalops.audit.anchor-key} (a secret, see {@code SecretResolver}).
 *
 * @param anchorFile   the file the anchors are appended to; by default {@code audit-anchors.log} under
 *                     {@code portalops.data-dir}
 * @param anchorMaxAge the verification fails when the newest anchor is older than this
 * @param anchorSink   a second place each anchor is sent to, off this machine
 */
@Validated
@ConfigurationProperties("portalops.audit")
record AuditProperties(
        @Nullable Path anchorFile,
        @DefaultValue("PT2H") Duration anchorMaxAge,
        @DefaultValue @Valid SinkAddress anchorSink) {

    AuditProperties {
        if (!anchorMaxAge.isPositive()) {
            throw new IllegalArgumentException("portalops.audit.anchor-max-age must be positive, not " + anchorMaxAge);
        }
    }

    /**
     * @param url   where each anchor line is sent ({@code https://…}, {@code syslog+udp://host:port} or {@code syslog+tcp://host:port}); empty: nowhere
     * @param token the bearer token sent with each anchor to an HTTPS sink
     */
    record SinkAddress(
            @DefaultValue("") String url, @DefaultValue("") String token) {}
}
