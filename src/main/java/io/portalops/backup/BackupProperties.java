package io.portalops.backup;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The scheduled backup of the embedded database ({@code portalops.backup.*}, ADR 027).
 *
 * @param enabled   off by default: with it off the job is listed on the Jobs screen without a schedule ("run now" works)
 * @param cron      when it runs once enabled (Spring cron, six fields)
 * @param directory where the backups go, one directory each; empty: {@code <portalops.data-dir>/backups}. Put it on
 *                  another disk, or copy it off the machine: a backup next to the data dies with the disk
 * @param retention how many complete backups to keep; older ones are deleted after a successful run
 */
@ConfigurationProperties("portalops.backup")
record BackupProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("0 30 2 * * *") String cron,
        @Nullable Path directory,
        @DefaultValue("7") int retention) {

    BackupProperties {
        if (retention < 1) {
            throw new IllegalArgumentException(
                    "portalops.backup.retention must keep at least 1 backup, it is " + retention);
        }
        if (cron.isBlank()) {
            throw new IllegalArgumentException("portalops.backup.cron must not be empty");
        }
    }
}
