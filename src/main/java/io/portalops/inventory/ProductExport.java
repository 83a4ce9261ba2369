package io.portalops.inventory;

import io.portalops.export.ExportParameters;
import io.portalops.export.ExportQuery;
import io.portalops.export.GridExport;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The Products grid (a service's products, or all the caller may see) as an export. */
@Component
public class ProductExport extends GridExport {

    static final List<String> HEADERS = List.of(
            "Service",
            "Product",
            "Licence model",
            "Seats purchased",
            "Seats assigned",
            "Cost",
            "Billing cycle",
            "Monthly cost",
            "Unused seats per month");

    private final SaasCatalog catalog;

    ProductExport(SaasCatalog catalog) {
        super(
                "products",
                "Products",
                HEADERS,
                Set.of("ADMIN", "SERVICE_ADMIN", "PRODUCT_ADMIN"),
                Set.of("serviceId", "text", "attention"));
        this.catalog = catalog;
    }

    @Override
    public ExportQuery query(ExportParameters p) {
        Boolean attention = p.bool("attention");
        return query(new ProductFilter(p.id("serviceId"), p.text("text"), attention != null && attention));
    }

    public ExportQuery query(ProductFilter f) {
        return exportOf(
                ExportQuery.filters(
                        "serviceId", f.serviceId(), "text", f.text(), "attention", f.attention() ? true : null),
                sink -> catalog.products(f)
                        .forEach(p -> sink.accept(List.of(
                                p.serviceName(),
                                p.name(),
                                p.licenceModel().label(),
                                p.seatsPurchased(),
                                p.seatsAssigned(),
                                p.cost(),
                                p.billingCycle().label(),
                                p.monthlyCost(),
                                p.unusedMonthly()))));
    }
}
