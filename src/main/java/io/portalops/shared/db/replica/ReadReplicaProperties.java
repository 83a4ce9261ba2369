package io.portalops.shared.db.replica;

import jakarta.validation.constraints.Positive;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * A read replica of the database (ADR 050): when its URL is set, the event log, exports and the dashboard read from it
 * in their read-only transactions; everything else, and every write, stays on {@code spring.datasource.*}.
 *
 * @param url             the replica's JDBC URL, e.g. {@code jdbc:postgresql://replica:5432/portalops}; unset: no replica
 * @param username        the user on the replica (the application role, or one that may only read)
 * @param password        its password
 * @param maximumPoolSize connections to the replica at most
 */
@Validated
@ConfigurationProperties("portalops.datasource.read-only")
public record ReadReplicaProperties(
        @Nullable String url,
        @Nullable String username,
        @Nullable String password,
        @DefaultValue("10") @Positive int maximumPoolSize) {

    public boolean configured() {
        return url != null && !url.isBlank();
    }
}
