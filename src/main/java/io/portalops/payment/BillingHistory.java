package io.portalops.payment;

import io.portalops.audit.EntityHistory;
import io.portalops.audit.RevisionSnapshot;
import io.portalops.shared.Money;
import io.portalops.shared.crypto.Masking;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Turns Envers snapshots of a billing record into "who changed which field from what to what", newest first. The card
 * holder and expiry appear as the caller may see them: masked for a product admin, who still learns that they changed.
 */
@Component
class BillingHistory {

    static final int MAX_REVISIONS = 500;
    private static final String HOLDER = "Card holder";
    private static final String EXPIRY = "Card expiry";

    private final EntityHistory entityHistory;
    private final CardData cards;

    BillingHistory(EntityHistory entityHistory, CardData cards) {
        this.entityHistory = entityHistory;
        this.cards = cards;
    }

    List<BillingChange> of(long billingRecordId, boolean cardInClear) {
        List<RevisionSnapshot<BillingRecord>> revisions = entityHistory.revisions(BillingRecord.class, billingRecordId, MAX_REVISIONS);
        List<BillingChange> changes = new ArrayList<>();
        Map<String, String> previous = Map.of();
        Map<String, String> previousSecrets = Map.of();
        for (RevisionSnapshot<BillingRecord> revision : revisions) {
            Map<String, String> secrets = secrets(revision.entity());
            Map<String, String> current = fields(revision.entity(), secrets, cardInClear);
            List<BillingChange.FieldChange> diff = new ArrayList<>();
            for (var entry : current.entrySet()) {
                String old = previous.getOrDefault(entry.getKey(), "");
                String now = entry.getValue();
                boolean secretChanged = secrets.containsKey(entry.getKey()) && !previous.isEmpty()
                        && !Objects.equals(previousSecrets.get(entry.getKey()), secrets.get(entry.getKey()));
                if (!Objects.equals(old, now)) {
                    diff.add(new BillingChange.FieldChange(entry.getKey(), old, now));
                } else if (secretChanged) {
                    // two holders or expiries can share a mask: still a change
                    diff.add(new BillingChange.FieldChange(entry.getKey(), old, now + " (changed)"));
                }
            }
            if (!diff.isEmpty() || revision.kind() != RevisionSnapshot.RevisionKind.CHANGED) {
                changes.add(new BillingChange(revision.revision(), revision.at(), revision.actor(), label(revision.kind()), diff));
            }
            previous = current;
            previousSecrets = secrets;
        }
        return changes.reversed();
    }

    private static Map<String, String> fields(BillingRecord r, Map<String, String> secrets, boolean cardInClear) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Cycle", r.getBillingCycle() == null ? "" : r.getBillingCycle().label());
        fields.put("Amount", r.getAmount() == null || r.getCurrency() == null ? "" : new Money(r.getAmount(), r.getCurrency()).format());
        fields.put("Next renewal", text(r.getNextRenewal()));
        fields.put("Renews automatically", r.isAutoRenew() ? "yes" : "no");
        fields.put("Notice period", r.getNotice().label());
        fields.put("Cancel by", text(r.getCancellationDeadline()));
        fields.put("PO number", text(r.getPoNumber()));
        fields.put("Paid by", r.getPaymentMethod() == null ? "" : r.getPaymentMethod().label());
        fields.put("Card brand", r.getCardBrand() == null ? "" : r.getCardBrand().label());
        fields.put("Card last 4", text(r.getCardLast4()));
        String holder = secrets.get(HOLDER);
        String expiry = secrets.get(EXPIRY);
        fields.put(HOLDER, cardInClear ? holder : text(Masking.name(holder)));
        fields.put(EXPIRY, cardInClear || expiry.isEmpty() ? expiry : CardExpiry.MASKED);
        fields.put("Notes", text(r.getNotes()));
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

    private static String label(RevisionSnapshot.RevisionKind kind) {
        return switch (kind) {
            case CREATED -> "Created";
            case CHANGED -> "Changed";
            case DELETED -> "Deleted";
        };
    }

    private static String text(@Nullable Object value) {
        return value == null ? "" : value.toString();
    }
}
