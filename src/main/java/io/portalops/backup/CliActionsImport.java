package io.portalops.backup;

import io.portalops.audit.AuditActor;
import io.portalops.audit.AuditEntry;
import io.portalops.audit.AuditLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * At start, puts the notes that {@code backup} and {@code restore} left on the command line ({@link CliAuditTrail}) on
 * the audit log, one entry each with the time the command ran and the operating-system user who ran it, and deletes
 * each note once its entry is stored. A note whose delete fails is put on the log again at the next start: a repeated
 * entry rather than a lost one.
 */
@Component
class CliActionsImport implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CliActionsImport.class);

    private final AuditLog audit;
    private final Environment environment;

    CliActionsImport(AuditLog audit, Environment environment) {
        this.audit = audit;
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        importPending();
    }

    /** The number of notes put on the audit log. */
    int importPending() throws IOException {
        int imported = 0;
        for (Map.Entry<Path, Map<String, Object>> note : CliAuditTrail.pending(BackupSettings.from(environment))) {
            Map<String, Object> fields = note.getValue();
            Map<String, Object> details = new LinkedHashMap<>();
            if (fields.get("details") instanceof Map<?, ?> given) {
                given.forEach((key, value) -> details.put(String.valueOf(key), String.valueOf(value)));
            }
            details.put("ranAt", String.valueOf(fields.get("at")));
            details.put("osUser", String.valueOf(fields.get("osUser")));
            String action = String.valueOf(fields.get("action"));
            if (!action.equals(CliAuditTrail.BACKUP) && !action.equals(CliAuditTrail.RESTORE)) {
                log.warn("Skipped {}: not a note of the backup command", note.getKey());
                continue;
            }
            audit.record(new AuditEntry(
                    action,
                    "backup",
                    String.valueOf(details.getOrDefault("directory", "")),
                    details,
                    new AuditActor(AuditActor.Type.SYSTEM, null, "command line")));
            Files.delete(note.getKey());
            imported++;
        }
        if (imported > 0) {
            log.info("Put {} backup or restore command runs on the audit log", imported);
        }
        return imported;
    }
}
