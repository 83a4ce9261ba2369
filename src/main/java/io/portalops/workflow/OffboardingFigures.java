package io.portalops.workflow;

import io.portalops.inventory.ProductRef;
import io.portalops.inventory.SaasCatalog;
import io.portalops.shared.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * What an offboarding reclaimed: one seat per completed revoke task of a per-seat product, worth the product's seat
 * price per month as the inventory counts it ({@link io.portalops.inventory.BillingCycle#monthly}: annual ÷ 12).
 */
@Component
class OffboardingFigures {

    private final SaasCatalog catalog;

    OffboardingFigures(SaasCatalog catalog) {
        this.catalog = catalog;
    }

    OffboardingSummary summary(List<TaskListItem> tasks) {
        Map<Long, ProductRef> products = catalog.allRefsUnscoped();
        Map<String, BigDecimal> saved = new TreeMap<>();
        int seats = 0;
        for (TaskListItem task : tasks) {
            ProductRef product = products.get(task.productId());
            if (task.kind() != TaskKind.REVOKE
                    || task.status() != TaskStatus.DONE
                    || product == null
                    || !task.perSeat()) {
                continue;
            }
            seats++;
            saved.merge(
                    product.cost().currency(),
                    product.billingCycle().monthly(product.cost().amount()),
                    BigDecimal::add);
        }
        List<Money> amounts = new ArrayList<>();
        saved.forEach((currency, amount) -> amounts.add(new Money(amount, currency)));
        return new OffboardingSummary(seats, amounts);
    }
}
