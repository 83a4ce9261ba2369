package io.portalops.payment;

import io.portalops.inventory.BillingCycle;
import io.portalops.inventory.ProductRef;
import io.portalops.inventory.SaasScope;
import io.portalops.security.AccountService;
import io.portalops.security.AccountSummary;
import io.portalops.shared.Money;
import io.portalops.shared.crypto.Masking;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Turns billing records into what the caller may see: the card holder and expiry in clear only for those who see the
 * card expiry of the product (ADMIN and the admins of its service), and the attention flags of the Payments view.
 */
@Component
class BillingViews {

    private final CardData cards;
    private final AccountService accounts;

    BillingViews(CardData cards, AccountService accounts) {
        this.cards = cards;
        this.accounts = accounts;
    }

    PaymentListItem item(
            BillingRecord r, ProductRef product, SaasScope scope, LocalDate today, Map<Long, String> reviewers) {
        CardDetails card = card(r, scope);
        return new PaymentListItem(
                r.getId(),
                r.getProductId(),
                product.serviceId(),
                product.serviceName(),
                product.name(),
                r.getBillingCycle(),
                money(r),
                r.getNextRenewal(),
                r.isAutoRenew(),
                r.getNotice(),
                r.getCancellationDeadline(),
                r.getPaymentMethod(),
                card == null ? null : card.brand(),
                card == null ? null : card.last4(),
                card == null ? null : card.expiry(),
                card == null ? null : card.lastValidDay(),
                r.getPoNumber(),
                renewalDue(r, today),
                cardExpiring(card, today),
                r.getReviewedAt(),
                reviewer(r, reviewers));
    }

    BillingDetails details(BillingRecord r, ProductRef product, SaasScope scope, LocalDate today) {
        CardDetails card = card(r, scope);
        return new BillingDetails(
                r.getId(),
                r.getProductId(),
                product.serviceId(),
                product.serviceName(),
                product.name(),
                r.getBillingCycle(),
                money(r),
                r.getNextRenewal(),
                r.isAutoRenew(),
                r.getNotice(),
                r.getCancellationDeadline(),
                r.getPoNumber(),
                r.getPaymentMethod(),
                card,
                r.getNotes(),
                renewalDue(r, today),
                cardExpiring(card, today),
                scope.writesPayment(r.getProductId()),
                r.getCreatedAt(),
                r.getUpdatedAt(),
                r.getVersion(),
                r.getReviewedAt(),
                reviewer(r, reviewers(List.of(r))));
    }

    /** The display names of the accounts that reviewed these records, in one query. */
    Map<Long, String> reviewers(Collection<BillingRecord> records) {
        Set<Long> ids = records.stream()
                .map(BillingRecord::getReviewedBy)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return accounts.summaries(ids).values().stream()
                .collect(Collectors.toMap(AccountSummary::id, AccountSummary::displayName));
    }

    private static @Nullable String reviewer(BillingRecord r, Map<Long, String> reviewers) {
        Long id = r.getReviewedBy();
        return id == null ? null : reviewers.getOrDefault(id, "account " + id);
    }

    private @Nullable CardDetails card(BillingRecord r, SaasScope scope) {
        if (r.getPaymentMethod() != PaymentMethod.CARD || r.getCardBrand() == null || r.getCardLast4() == null) {
            return null;
        }
        if (!scope.seesCardExpiry(r.getProductId())) {
            return new CardDetails(
                    r.getCardBrand(),
                    r.getCardLast4(),
                    Masking.name(cards.holder(r)),
                    CardExpiry.MASKED,
                    null,
                    null,
                    null,
                    true);
        }
        CardExpiry expiry = cards.expiry(r);
        return new CardDetails(
                r.getCardBrand(),
                r.getCardLast4(),
                cards.holder(r),
                expiry == null ? "" : expiry.display(),
                expiry == null ? null : expiry.month(),
                expiry == null ? null : expiry.year(),
                expiry == null ? null : expiry.lastValidDay(),
                false);
    }

    static Money money(BillingRecord r) {
        return new Money(r.getAmount(), r.getCurrency());
    }

    /** Inside the notice window: the cancellation deadline is within the cycle's attention window or has passed. */
    static boolean renewalDue(BillingRecord r, LocalDate today) {
        return !r.getCancellationDeadline().isAfter(today.plusDays(attentionDays(r.getBillingCycle())));
    }

    /** How many days before its cancellation deadline a renewal of this cycle needs attention. */
    static int attentionDays(BillingCycle cycle) {
        return cycle == BillingCycle.MONTHLY ? PaymentRegister.MONTHLY_ATTENTION_DAYS : PaymentRegister.ATTENTION_DAYS;
    }

    static boolean cardExpiring(@Nullable CardDetails card, LocalDate today) {
        return card != null
                && card.lastValidDay() != null
                && !card.lastValidDay().isAfter(today.plusDays(PaymentRegister.ATTENTION_DAYS));
    }
}
