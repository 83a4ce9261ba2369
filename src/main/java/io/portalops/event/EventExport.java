package io.portalops.event;

import io.portalops.export.ExportParameters;
import io.portalops.export.ExportQuery;
import io.portalops.export.GridExport;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * The Event Log as an export: newest first, page after page along the keyset cursor (each page touches only the
 * partitions it needs), with the payload as compact JSON. The default span of the grid applies as on screen.
 */
@Component
public class EventExport extends GridExport {

    static final List<String> HEADERS =
            List.of("Occurred", "Received", "Source", "Event id", "Type", "Customer", "Contract", "Payload");

    private final EventLog log;

    EventExport(EventLog log) {
        super(
                "events",
                "Event log",
                HEADERS,
                Set.of("ADMIN", "ANALYST"),
                Set.of("customerId", "contractId", "contractNumber", "type", "source", "from", "to", "severity"));
        this.log = log;
    }

    @Override
    public ExportQuery query(ExportParameters p) {
        return query(new EventFilter(
                p.id("customerId"),
                p.id("contractId"),
                p.text("type"),
                p.text("source"),
                p.instant("from"),
                p.instant("to"),
                p.enumValue("severity", EventSeverity.class),
                p.text("contractNumber")));
    }

    public ExportQuery query(EventFilter f) {
        return exportOf(
                ExportQuery.filters(
                        "customerId",
                        f.customerId(),
                        "contractId",
                        f.contractId(),
                        "contractNumber",
                        f.contractNumber(),
                        "type",
                        f.type(),
                        "source",
                        f.source(),
                        "from",
                        log.effectiveFrom(f),
                        "to",
                        f.to(),
                        "severity",
                        f.severity()),
                sink -> rows(f, sink));
    }

    private void rows(EventFilter filter, Consumer<List<?>> sink) {
        log.exportRows(
                filter,
                e -> sink.accept(Arrays.asList(
                        e.occurredAt(),
                        e.receivedAt(),
                        e.source(),
                        e.eventId(),
                        e.type(),
                        e.customerLabel(),
                        e.contractNumber(),
                        e.payload().replaceAll("\\s*\\R\\s*", " "))));
    }
}
