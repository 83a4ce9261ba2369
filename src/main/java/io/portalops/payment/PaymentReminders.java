package io.portalops.payment;

import io.portalops.inventory.ProductRef;
import io.portalops.inventory.SaasCatalog;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads for the reminder jobs of #6, which run without a user and with a {@code Clock}: they pass {@code today}. No
 * scope applies, so views and controllers never use this class (checked by {@code PaymentBoundaryTest}); the job decides
 * whom to tell. "In N days" means exactly on {@code today + N}, so a daily job reports each date once.
 */
@Component
public class PaymentReminders {

    private final BillingRecordRepository records;
    private final CardData cards;
    private final SaasCatalog catalog;

    PaymentReminders(BillingRecordRepository records, CardData cards, SaasCatalog catalog) {
        this.records = records;
        this.cards = cards;
        this.catalog = catalog;
    }

    /** Renewals whose cancellation deadline is {@code days} days after {@code today}. */
    @Transactional(readOnly = true)
    public List<RenewalReminder> cancellationDeadlinesIn(int days, LocalDate today) {
        LocalDate day = today.plusDays(days);
        Map<Long, ProductRef> products = catalog.allRefsUnscoped();
        return records.findByCancellationDeadlineOrderById(day).stream()
                .filter(r -> products.containsKey(r.getProductId()))
                .map(r -> {
                    ProductRef product = Objects.requireNonNull(products.get(r.getProductId()));
                    return new RenewalReminder(
                            r.getId(),
                            r.getProductId(),
                            product.serviceId(),
                            product.label(),
                            r.getNextRenewal(),
                            r.getCancellationDeadline(),
                            r.isAutoRenew());
                })
                .toList();
    }

    /** Cards whose last valid day (the end of their expiry month) is {@code days} days after {@code today}. */
    @Transactional(readOnly = true)
    public List<CardExpiryReminder> cardsExpiringIn(int days, LocalDate today) {
        LocalDate day = today.plusDays(days);
        Map<Long, ProductRef> products = catalog.allRefsUnscoped();
        return records.findByPaymentMethodOrderById(PaymentMethod.CARD).stream()
                .filter(r -> products.containsKey(r.getProductId()))
                .map(r -> {
                    CardExpiry expiry = cards.expiry(r);
                    if (expiry == null
                            || !expiry.lastValidDay().equals(day)
                            || r.getCardBrand() == null
                            || r.getCardLast4() == null) {
                        return null;
                    }
                    ProductRef product = Objects.requireNonNull(products.get(r.getProductId()));
                    return new CardExpiryReminder(
                            r.getId(),
                            r.getProductId(),
                            product.serviceId(),
                            product.label(),
                            r.getCardBrand(),
                            r.getCardLast4(),
                            expiry);
                })
                .filter(Objects::nonNull)
                .toList();
    }
}
