package io.portalops.customer;

import io.portalops.export.ExportParameters;
import io.portalops.export.ExportQuery;
import io.portalops.export.GridExport;
import io.portalops.shared.crypto.Masking;
import io.portalops.shared.paging.SortOrder;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The Customers grid as an export: the grid's columns, with the e-mail masked as on screen. A filter by e-mail or
 * national id is recorded masked, so personal data never reaches the export record or the audit log.
 */
@Component
public class CustomerExport extends GridExport {

    static final List<String> HEADERS =
            List.of("External ref", "Name", "Kind", "Email", "Country", "Segment", "Status", "Owner", "Updated");

    private final CustomerService customers;

    CustomerExport(CustomerService customers) {
        super(
                "customers",
                "Customers",
                HEADERS,
                Set.of("ADMIN", "ANALYST"),
                Set.of(
                        "name",
                        "status",
                        "segment",
                        "country",
                        "ownerId",
                        "externalRef",
                        "email",
                        "nationalId",
                        "sort"));
        this.customers = customers;
    }

    @Override
    public ExportQuery query(ExportParameters p) {
        return query(
                new CustomerFilter(
                        p.text("name"),
                        p.enumValue("status", CustomerStatus.class),
                        p.enumValue("segment", CustomerSegment.class),
                        p.text("country"),
                        p.id("ownerId"),
                        p.text("externalRef"),
                        p.text("email"),
                        p.text("nationalId")),
                p.sort(CustomerSortField.class));
    }

    public ExportQuery query(CustomerFilter f, List<SortOrder<CustomerSortField>> sort) {
        return exportOf(
                ExportQuery.filters(
                        "name",
                        f.nameContains(),
                        "status",
                        f.status(),
                        "segment",
                        f.segment(),
                        "country",
                        f.country(),
                        "ownerId",
                        f.ownerId(),
                        "externalRef",
                        f.externalRef(),
                        "email",
                        f.email() == null ? null : Masking.email(f.email()),
                        "nationalId",
                        f.nationalId() == null ? null : "(given)",
                        "sort",
                        ExportQuery.sort(sort)),
                sink -> customers.exportRows(
                        f,
                        sort,
                        c -> sink.accept(Arrays.asList(
                                c.externalRef(),
                                c.name(),
                                c.kind().label(),
                                c.emailMasked(),
                                c.country(),
                                c.segment().label(),
                                c.status().label(),
                                c.ownerName(),
                                c.updatedAt()))));
    }
}
