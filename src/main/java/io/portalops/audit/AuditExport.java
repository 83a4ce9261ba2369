package io.portalops.audit;

import io.portalops.export.ExportParameters;
import io.portalops.export.ExportQuery;
import io.portalops.export.GridExport;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The Audit log as an export (ADMIN and AUDITOR), with each entry's hash so the file can be checked against the chain. */
@Component
public class AuditExport extends GridExport {

    static final List<String> HEADERS = List.of(
            "Seq", "Time", "Actor type", "Actor", "Action", "Target type", "Target id", "Details", "Client IP", "Hash");

    private final AuditReader reader;

    AuditExport(AuditReader reader) {
        super(
                "audit",
                "Audit log",
                HEADERS,
                Set.of("ADMIN", "AUDITOR"),
                Set.of("action", "actor", "targetType", "targetId", "from", "to"));
        this.reader = reader;
    }

    @Override
    public ExportQuery query(ExportParameters p) {
        return query(new AuditFilter(
                p.text("action"),
                p.text("actor"),
                p.text("targetType"),
                p.text("targetId"),
                p.instant("from"),
                p.instant("to")));
    }

    public ExportQuery query(AuditFilter f) {
        return exportOf(
                ExportQuery.filters(
                        "action",
                        f.action(),
                        "actor",
                        f.actor(),
                        "targetType",
                        f.targetType(),
                        "targetId",
                        f.targetId(),
                        "from",
                        f.from(),
                        "to",
                        f.to()),
                sink -> reader.exportRows(
                        f,
                        e -> sink.accept(Arrays.asList(
                                e.seq(),
                                e.occurredAt(),
                                e.actorType(),
                                e.actorName(),
                                e.action(),
                                e.targetType(),
                                e.targetId(),
                                e.details(),
                                e.clientIp(),
                                e.hash()))));
    }
}
