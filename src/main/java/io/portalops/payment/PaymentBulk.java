package io.portalops.payment;

import io.portalops.bulk.AbstractBulkGrid;
import io.portalops.bulk.BulkAction;
import io.portalops.export.ExportParameters;
import io.portalops.inventory.BillingCycle;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The Payments grid's bulk action (ADR 036): mark reviewed, each row through {@link PaymentRegister#markReviewed}, the
 * single action's own method, so its scope applies row by row: a record outside the caller's services is refused as
 * "Not found." and one reviewed already is refused with who reviewed it.
 */
@Component
class PaymentBulk extends AbstractBulkGrid {

    static final Set<String> FILTERS = Set.of(
            "serviceId",
            "productId",
            "renewalWithinDays",
            "cardExpiringWithinDays",
            "cycle",
            "deadlineWithinDays",
            "reviewed");

    private final PaymentRegister payments;

    PaymentBulk(PaymentRegister payments) {
        super("payments", FILTERS);
        this.payments = payments;
    }

    @Override
    public List<Long> matching(Map<String, String> filter, int limit) {
        return payments.matchingIds(filterOf(new ExportParameters(filter, FILTERS)), limit);
    }

    static PaymentFilter filterOf(ExportParameters p) {
        return new PaymentFilter(
                p.id("serviceId"),
                p.id("productId"),
                p.integer("renewalWithinDays"),
                p.integer("cardExpiringWithinDays"),
                p.enumValue("cycle", BillingCycle.class),
                p.integer("deadlineWithinDays"),
                p.bool("reviewed"));
    }

    @Override
    public List<BulkAction> actions() {
        return List.of(new BulkAction(
                "mark_reviewed",
                "Mark reviewed",
                Set.of("ADMIN", "SERVICE_ADMIN"),
                List.of(),
                fields -> payments::markReviewed));
    }
}
