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
 * The payment register's deadlines for the calendar: renewals, their cancellation deadlines, and the card's last valid
 * day. An auto-renewing plan renews every billing cycle, so its renewals and cancellation deadlines are projected from
 * the stored next renewal through any asked range (ADR 041); a plan that does not renew by itself ends at its next
 * renewal, which is its only one. The rows are those the Payments grid shows the caller ({@link SaasScope#readsPayment});
 * a card's expiry only to those who see it in clear ({@link SaasScope#seesCardExpiry}), since its date would tell the
 * masked expiry. The register is bounded by the product catalogue, so it is read whole and filtered here, like
 * {@link PaymentSearch}.
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
        Window window = new Window(from, to, LocalDate.now(clock));
        List<Deadline> items = new ArrayList<>();
        for (BillingRecord record : rows) {
            ProductRef product = products.get(record.getProductId());
            if (product == null) {
                continue;
            }
            boolean writes = scope.writesPayment(record.getProductId());
            renewals(items, record, product, types, writes, window);
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
                            false,
                            window);
                }
            }
        }
        items.sort(Comparator.comparing(Deadline::day).thenComparing(Deadline::sourceId));
        return items.size() > limit + 1 ? items.subList(0, limit + 1) : items;
    }

    /**
     * The renewals and cancellation deadlines of one plan that fall in the window: the stored next renewal, and for an
     * auto-renewing plan every later one a billing cycle apart (counted from the stored date, so that a renewal on the
     * 31st stays on the month's last day rather than drifting to the 28th). A stale next renewal in the past projects
     * forward the same way.
     */
    private static void renewals(
            List<Deadline> items,
            BillingRecord record,
            ProductRef product,
            Set<DeadlineType> types,
            boolean writes,
            Window window) {
        LocalDate first = record.getNextRenewal();
        if (first == null) {
            return;
        }
        boolean auto = record.isAutoRenew();
        NoticePeriod notice = record.getNotice();
        int months = record.getBillingCycle().months();
        // an auto-renewing plan renews unless notice is given; one that ends needs a decision, and a renewal by hand
        DeadlineAction noticeAction = writes ? (auto ? DeadlineAction.GIVE_NOTICE : DeadlineAction.DECIDE) : null;
        DeadlineAction renewAction = writes && !auto ? DeadlineAction.RENEW : null;
        // the cancellation deadline lies at most two years before its renewal, so this stops within ~40 cycles
        for (int n = 0; n == 0 || auto; n++) {
            LocalDate renewal = first.plusMonths((long) n * months);
            LocalDate deadline = n == 0 ? record.getCancellationDeadline() : notice.deadlineFor(renewal);
            if (deadline.isAfter(window.to()) && renewal.isAfter(window.to())) {
                break;
            }
            if (types.contains(DeadlineType.RENEWAL)) {
                add(items, record, product, DeadlineType.RENEWAL, renewal, renewAction, auto, window);
            }
            if (types.contains(DeadlineType.RENEWAL_NOTICE)) {
                add(items, record, product, DeadlineType.RENEWAL_NOTICE, deadline, noticeAction, auto, window);
            }
        }
    }

    private static void add(
            List<Deadline> items,
            BillingRecord record,
            ProductRef product,
            DeadlineType type,
            @Nullable LocalDate day,
            @Nullable DeadlineAction action,
            boolean repeats,
            Window window) {
        if (day == null || day.isBefore(window.from()) || day.isAfter(window.to())) {
            return;
        }
        items.add(new Deadline(
                "payment",
                record.getId(),
                type,
                day,
                product.label(),
                day.isBefore(window.today()) ? null : action,
                "payments/" + record.getId(),
                null,
                product.serviceId(),
                product.serviceName(),
                repeats));
    }

    private record Window(LocalDate from, LocalDate to, LocalDate today) {}
}
