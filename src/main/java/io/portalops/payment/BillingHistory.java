package io.portalops.payment;

import io.portalops.audit.EntityChange;
import io.portalops.audit.EntityChanges;
import io.portalops.shared.Money;
import io.portalops.shared.crypto.Masking;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Turns Envers snapshots of a billing record into "who changed which field from what to what", newest first. The card
 * holder and expiry appear as the caller may see them: masked for a product admin, who still learns that they changed.
 */
@Component
class BillingHistory {

    private static final String HOLDER = "Card holder";
    private static final String EXPIRY = "Card expiry";

    private final EntityChanges changes;
    private final CardData cards;

    BillingHistory(EntityChanges changes, CardData cards) {
        this.changes = changes;
        this.cards = cards;
    }

    List<EntityChange> of(long billingRecordId, boolean cardInClear) {
        return changes.diff(
                changes.revisions(BillingRecord.class, billingRecordId),
                r -> fields(r, secrets(r), cardInClear),
                this::secrets);
    }

    private static Map<String, String> fields(BillingRecord r, Map<String, String> secrets, boolean cardInClear) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put(
                "Cycle", r.getBillingCycle() == null ? "" : r.getBillingCycle().label());
        fields.put(
                "Amount",
                r.getAmount() == null || r.getCurrency() == null
                        ? ""
                        : new Money(r.getAmount(), r.getCurrency()).format());
        fields.put("Next renewal", text(r.getNextRenewal()));
        fields.put("Renews automatically", r.isAutoRenew() ? "yes" : "no");
        fields.put("Notice period", r.getNotice().label());
        fields.put("Cancel by", text(r.getCancellationDeadline()));
        fields.put("PO number", text(r.getPoNumber()));
        fields.put(
                "Paid by",
                r.getPaymentMethod() == null ? "" : r.getPaymentMethod().label());
        fields.put(
                "Card brand", r.getCardBrand() == null ? "" : r.getCardBrand().label());
        fields.put("Card last 4", text(r.getCardLast4()));
        String holder = secrets.getOrDefault(HOLDER, "");
        String expiry = secrets.getOrDefault(EXPIRY, "");
        fields.put(HOLDER, cardInClear ? holder : text(Masking.name(holder)));
        fields.put(EXPIRY, cardInClear || expiry.isEmpty() ? expiry : CardExpiry.MASKED);
        fields.put("Notes", text(r.getNotes()));
        fields.put("Reviewed", text(r.getReviewedAt()));
        return fields;
    }

    /** Card holder and expiry in clear, to compare revisions; shown only to those who may see them. */
    private Map<String, String> secrets(BillingRecord r) {
        Map<String, String> secrets = new LinkedHashMap<>();
        secrets.put(HOLDER, text(cards.decrypt(r.getCardHolderEnc())));
        CardExpiry expiry = cards.expiryOf(r.getCardExpiryEnc());
        secrets.put(EXPIRY, expiry == null ? "" : expiry.display());
        return secrets;
    }

    private static String text(@Nullable Object value) {
        return value == null ? "" : value.toString();
    }
}
