package io.portalops.contract;

import io.portalops.export.ExportParameters;
import io.portalops.export.ExportQuery;
import io.portalops.export.GridExport;
import io.portalops.shared.paging.SortOrder;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The Contracts grid as an export: its columns, the value as a money cell, in the grid's scope and order. */
@Component
public class ContractExport extends GridExport {

    static final List<String> HEADERS =
            List.of("Number", "Title", "Type", "Customer", "Value", "Start", "End", "Status", "Owner", "Flagged");

    private final ContractService contracts;

    ContractExport(ContractService contracts) {
        super(
                "contracts",
                "Contracts",
                HEADERS,
                Set.of("ADMIN", "ANALYST"),
                Set.of(
                        "status",
                        "customerId",
                        "ownerId",
                        "minValue",
                        "maxValue",
                        "startFrom",
                        "startTo",
                        "endFrom",
                        "endTo",
                        "flagged",
                        "text",
                        "awaitingMe",
                        "autoRenew",
                        "sort"));
        this.contracts = contracts;
    }

    @Override
    public ExportQuery query(ExportParameters p) {
        return query(filterOf(p), p.sort(ContractSortField.class));
    }

    /** The grid's filter from API parameters, shared by exports and bulk selections. */
    static ContractFilter filterOf(ExportParameters p) {
        Boolean awaitingMe = p.bool("awaitingMe");
        return new ContractFilter(
                p.enumValue("status", ContractStatus.class),
                p.id("customerId"),
                p.id("ownerId"),
                p.decimal("minValue"),
                p.decimal("maxValue"),
                p.date("endFrom"),
                p.date("endTo"),
                p.bool("flagged"),
                p.text("text"),
                awaitingMe != null && awaitingMe,
                p.date("startFrom"),
                p.date("startTo"),
                p.bool("autoRenew"));
    }

    public ExportQuery query(ContractFilter f, List<SortOrder<ContractSortField>> sort) {
        return exportOf(
                ExportQuery.filters(
                        "status",
                        f.status(),
                        "customerId",
                        f.customerId(),
                        "ownerId",
                        f.ownerId(),
                        "minValue",
                        f.minValue(),
                        "maxValue",
                        f.maxValue(),
                        "endFrom",
                        f.endFrom(),
                        "endTo",
                        f.endTo(),
                        "startFrom",
                        f.startFrom(),
                        "startTo",
                        f.startTo(),
                        "flagged",
                        f.flagged(),
                        "text",
                        f.text(),
                        "awaitingMe",
                        f.awaitingMe() ? true : null,
                        "autoRenew",
                        f.autoRenew(),
                        "sort",
                        ExportQuery.sort(sort)),
                sink -> contracts.exportRows(
                        f,
                        sort,
                        c -> sink.accept(List.of(
                                c.number(),
                                c.title(),
                                c.type().label(),
                                c.customerName(),
                                c.value(),
                                c.startDate(),
                                c.endDate(),
                                c.status().label(),
                                c.ownerName(),
                                c.flagged()))));
    }
}
