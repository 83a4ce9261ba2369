package io.portalops.directory;

import io.portalops.export.ExportParameters;
import io.portalops.export.ExportQuery;
import io.portalops.export.GridExport;
import io.portalops.export.PagedRows;
import io.portalops.shared.paging.SortOrder;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The Directory grid as an export, in the grid's order and the caller's scope. */
@Component
public class PersonExport extends GridExport {

    static final List<String> HEADERS = List.of(
            "Employee number",
            "Name",
            "Email",
            "Department",
            "Title",
            "Location",
            "Status",
            "Start",
            "End",
            "Has login");

    private final PersonService people;

    PersonExport(PersonService people) {
        super(
                "people",
                "Directory",
                HEADERS,
                Set.of("ADMIN", "SERVICE_ADMIN", "PRODUCT_ADMIN"),
                Set.of("name", "department", "status", "productId", "sort"));
        this.people = people;
    }

    @Override
    public ExportQuery query(ExportParameters p) {
        return query(
                new PersonFilter(
                        p.text("name"),
                        p.text("department"),
                        p.enumValue("status", EmploymentStatus.class),
                        p.id("productId")),
                p.sort(PersonSortField.class));
    }

    public ExportQuery query(PersonFilter f, List<SortOrder<PersonSortField>> sort) {
        return exportOf(
                ExportQuery.filters(
                        "name",
                        f.nameContains(),
                        "department",
                        f.department(),
                        "status",
                        f.status(),
                        "productId",
                        f.productId(),
                        "sort",
                        ExportQuery.sort(sort)),
                PagedRows.of(
                        (offset, limit) -> people.search(f, sort, offset, limit),
                        p -> Arrays.asList(
                                p.employeeNumber(),
                                p.name(),
                                p.email(),
                                p.department(),
                                p.title(),
                                p.location(),
                                p.status().label(),
                                p.startDate(),
                                p.endDate(),
                                p.hasLogin())));
    }
}
