package io.portalops.inventory;

import io.portalops.export.ExportParameters;
import io.portalops.export.ExportQuery;
import io.portalops.export.GridExport;
import io.portalops.export.MoneyCells;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The Services grid as an export, in the caller's SaaS scope. */
@Component
public class ServiceExport extends GridExport {

    static final List<String> HEADERS = List.of(
            "Service",
            "Vendor",
            "Category",
            "Status",
            "Products",
            "Seats assigned",
            "Seats purchased",
            "Monthly cost",
            "Unused seats per month");

    private final SaasCatalog catalog;

    ServiceExport(SaasCatalog catalog) {
        super(
                "services",
                "Services",
                HEADERS,
                Set.of("ADMIN", "SERVICE_ADMIN", "PRODUCT_ADMIN"),
                Set.of("text", "status", "category", "attention"));
        this.catalog = catalog;
    }

    @Override
    public ExportQuery query(ExportParameters p) {
        Boolean attention = p.bool("attention");
        return query(
                new ServiceFilter(p.text("text"), p.enumValue("status", ServiceStatus.class), p.text("category")),
                attention != null && attention);
    }

    /** {@code attention}: only services with a product nearly full or with many seats unused, as the grid's switch. */
    public ExportQuery query(ServiceFilter f, boolean attention) {
        return exportOf(
                ExportQuery.filters(
                        "text",
                        f.text(),
                        "status",
                        f.status(),
                        "category",
                        f.category(),
                        "attention",
                        attention ? true : null),
                sink -> catalog.services(f).stream()
                        .filter(s -> !attention || s.anyNearlyFull() || s.anyWorthReclaiming())
                        .forEach(s -> sink.accept(Arrays.asList(
                                s.name(),
                                s.vendor(),
                                s.category(),
                                s.status().label(),
                                s.productCount(),
                                s.seatsAssigned(),
                                s.seatsPurchased(),
                                MoneyCells.of(s.monthlyCost()),
                                MoneyCells.of(s.unusedMonthly())))));
    }
}
