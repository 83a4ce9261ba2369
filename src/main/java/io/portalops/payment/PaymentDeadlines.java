package io.portalops.payment;

import io.portalops.calendar.CalendarSource;
import io.portalops.calendar.Deadline;
import io.portalops.calendar.DeadlineAction;
import io.portalops.calendar.DeadlineType;
import io.portalops.inventory.ProductRef;
import io.portalops.inventory.SaasCatalog;
import io.portalops.inventory.SaasScope;
import io.portalops.inventory.SaasScopes;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The payment register's deadlines for the calendar: the next renewal, its cancellation deadline, and the card's last
 * valid day. The rows are those the Payments grid shows the caller ({@link SaasScope#readsPayment}); a card's expiry
 * only to those who see it in clear ({@link SaasScope#seesCardExpiry}), since its date would tell the masked expiry.
 * The register is bounded by the product catalogue, so it is read whole and filtered here, like {@link PaymentSearch}.
 */
@Component
class PaymentDeadlines implements CalendarSource {

    private static final Set<DeadlineType> TYPES =
            EnumSet.of(DeadlineType.RENEWAL, DeadlineType.RENEWAL_NOTICE, DeadlineType.CARD_EXPIRY);

    private final BillingRecordRepository records;
    private final CardData cards;
    private final SaasScopes scopes;
    private final SaasCatalog catalog;
    private final Clock clock;

    PaymentDeadlines(
            BillingRecordRepository records, CardData cards, SaasScopes scopes, SaasCatalog catalog, Clock clock) {
        this.records = records;
        this.cards = cards;
        this.scopes = scopes;
        this.catalog = catalog;
        this.clock = clock;
    }

    @Override
    public Set<DeadlineType> types() {
        return TYPES;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Deadline> deadlines(LocalDate from, LocalDate to, Set<DeadlineType> types, int limit) {
        SaasScope scope = scopes.current();
        if (!scope.any()) {
            return List.of();
        }
        List<BillingRecord> rows = records.findAll().stream()
                .filter(r -> scope.readsPayment(r.getProductId()))
                .toList();
        Map<Long, ProductRef> products =
                catalog.refs(rows.stream().map(BillingRecord::getProductId).collect(Collectors.toSet()));
        LocalDate today = LocalDate.now(clock);
        List<Deadline> items = new ArrayList<>();
        for (BillingRecord record : rows) {
            ProductRef product = products.get(record.getProductId());
            if (product == null) {
                continue;
            }
            boolean writes = scope.writesPayment(record.getProductId());
            if (types.contains(DeadlineType.RENEWAL)) {
                add(
                        items,
                        record,
                        product,
                        DeadlineType.RENEWAL,
                        record.getNextRenewal(),
                        writes && !record.isAutoRenew() ? DeadlineAction.RENEW : null,
                        from,
                        to,
                        today);
            }
            if (types.contains(DeadlineType.RENEWAL_NOTICE)) {
                add(
                        items,
                        record,
                        product,
                        DeadlineType.RENEWAL_NOTICE,
                        record.getCancellationDeadline(),
                        writes ? DeadlineAction.DECIDE : null,
                        from,
                        to,
                        today);
            }
            if (types.contains(DeadlineType.CARD_EXPIRY)
                    && record.getPaymentMethod() == PaymentMethod.CARD
                    && scope.seesCardExpiry(record.getProductId())) {
                CardExpiry expiry = cards.expiry(record);
                if (expiry != null) {
                    add(
                            items,
                            record,
                            product,
                            DeadlineType.CARD_EXPIRY,
                            expiry.lastValidDay(),
                            writes ? DeadlineAction.REPLACE_CARD : null,
                            from,
                            to,
                            today);
                }
            }
        }
        items.sort(Comparator.comparing(Deadline::day).thenComparing(Deadline::sourceId));
        return items.size() > limit + 1 ? items.subList(0, limit + 1) : items;
    }

    private static void add(
            List<Deadline> items,
            BillingRecord record,
            ProductRef product,
            DeadlineType type,
            @Nullable LocalDate day,
            @Nullable DeadlineAction action,
            LocalDate from,
            LocalDate to,
            LocalDate today) {
        if (day == null || day.isBefore(from) || day.isAfter(to)) {
            return;
        }
        items.add(new Deadline(
                "payment",
                record.getId(),
                type,
                day,
                product.label(),
                day.isBefore(today) ? null : action,
                "payments/" + record.getId(),
                null,
                product.serviceId(),
                product.serviceName()));
    }
}
