package io.portalops.inventory;

import io.portalops.shared.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * The money figures of products and services. A per-seat product costs its seat price times the seats purchased
 * (the company pays for purchased seats, used or not); flat and usage products cost their price per cycle. Monthly
 * figures divide annual prices by twelve.
 */
@Component
class CatalogFigures {

    ProductListItem productItem(Product product, String serviceName) {
        Money cost = product.getCost();
        BillingCycle cycle = product.getBillingCycle();
        boolean perSeat = product.getLicenceModel() == LicenceModel.PER_SEAT;
        BigDecimal perCycle =
                perSeat ? cost.amount().multiply(BigDecimal.valueOf(product.getSeatsPurchased())) : cost.amount();
        int unused = perSeat ? Math.max(product.getSeatsPurchased() - product.getSeatsAssigned(), 0) : 0;
        BigDecimal unusedPerCycle = cost.amount().multiply(BigDecimal.valueOf(unused));
        return new ProductListItem(
                product.getId(),
                product.getServiceId(),
                serviceName,
                product.getName(),
                product.getLicenceModel(),
                product.getSeatsPurchased(),
                product.getSeatsAssigned(),
                cost,
                cycle,
                new Money(cycle.monthly(perCycle), cost.currency()),
                new Money(cycle.monthly(unusedPerCycle), cost.currency()));
    }

    ServiceListItem serviceItem(SaasService service, List<ProductListItem> products) {
        int assigned = 0;
        int purchased = 0;
        Map<String, BigDecimal> monthly = new TreeMap<>();
        Map<String, BigDecimal> unused = new TreeMap<>();
        for (ProductListItem p : products) {
            if (p.perSeat()) {
                assigned += p.seatsAssigned();
                purchased += p.seatsPurchased();
            }
            monthly.merge(p.monthlyCost().currency(), p.monthlyCost().amount(), BigDecimal::add);
            if (p.hasUnusedSeats()) {
                unused.merge(p.unusedMonthly().currency(), p.unusedMonthly().amount(), BigDecimal::add);
            }
        }
        return new ServiceListItem(
                service.getId(),
                service.getName(),
                service.getVendor(),
                service.getCategory(),
                service.getStatus(),
                products.size(),
                assigned,
                purchased,
                amounts(monthly),
                amounts(unused),
                products.stream().anyMatch(ProductListItem::nearlyFull),
                products.stream().anyMatch(ProductListItem::worthReclaiming));
    }

    private static List<Money> amounts(Map<String, BigDecimal> byCurrency) {
        List<Money> amounts = new ArrayList<>();
        byCurrency.forEach((currency, amount) -> amounts.add(new Money(amount, currency)));
        return amounts;
    }
}
