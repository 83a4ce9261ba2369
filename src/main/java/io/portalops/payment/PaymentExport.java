package io.portalops.payment;

import io.portalops.export.ExportParameters;
import io.portalops.export.ExportQuery;
import io.portalops.export.GridExport;
import io.portalops.export.PagedRows;
import io.portalops.shared.paging.SortOrder;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The Payments grid as an export: the card expiry stays masked for those who see it masked on screen, and the card
 * number is never held beyond its last four digits.
 */
@Component
public class PaymentExport extends GridExport {

    static final List<String> HEADERS = List.of(
            "Service",
            "Product",
            "Billing cycle",
            "Amount",
            "Next renewal",
            "Auto-renew",
            "Notice",
            "Cancellation deadline",
            "Method",
            "Card brand",
            "Card last 4",
            "Card expiry",
            "PO number");

    private final PaymentRegister payments;

    PaymentExport(PaymentRegister payments) {
        super(
                "payments",
                "Payments",
                HEADERS,
                Set.of("ADMIN", "SERVICE_ADMIN", "PRODUCT_ADMIN"),
                Set.of(
                        "serviceId",
                        "productId",
                        "renewalWithinDays",
                        "cardExpiringWithinDays",
                        "cycle",
                        "deadlineWithinDays",
                        "reviewed",
                        "sort"));
        this.payments = payments;
    }

    @Override
    public ExportQuery query(ExportParameters p) {
        return query(PaymentBulk.filterOf(p), p.sort(PaymentSortField.class));
    }

    public ExportQuery query(PaymentFilter f, List<SortOrder<PaymentSortField>> sort) {
        return exportOf(
                ExportQuery.filters(
                        "serviceId",
                        f.serviceId(),
                        "productId",
                        f.productId(),
                        "renewalWithinDays",
                        f.renewalWithinDays(),
                        "cardExpiringWithinDays",
                        f.cardExpiringWithinDays(),
                        "cycle",
                        f.cycle(),
                        "deadlineWithinDays",
                        f.deadlineWithinDays(),
                        "reviewed",
                        f.reviewed(),
                        "sort",
                        ExportQuery.sort(sort)),
                PagedRows.of(
                        (offset, limit) -> payments.search(f, sort, offset, limit),
                        p -> Arrays.asList(
                                p.serviceName(),
                                p.productName(),
                                p.cycle().label(),
                                p.amount(),
                                p.nextRenewal(),
                                p.autoRenew(),
                                p.notice().label(),
                                p.cancellationDeadline(),
                                p.method().name(),
                                p.cardBrand() == null ? null : p.cardBrand().name(),
                                p.cardLast4(),
                                p.cardExpiry(),
                                p.poNumber())));
    }
}
