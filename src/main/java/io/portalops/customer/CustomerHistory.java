package io.portalops.customer;

import io.portalops.audit.EntityChange;
import io.portalops.audit.EntityChanges;
import io.portalops.audit.PiiRevealLog;
import io.portalops.audit.PiiRevealRecord;
import io.portalops.audit.RevisionSnapshot;
import io.portalops.security.AccountService;
import io.portalops.security.AccountSummary;
import io.portalops.shared.crypto.Masking;
import io.portalops.shared.security.DisplayNames;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Turns Envers snapshots of a customer into "who changed which field from what to what", newest first.
 * Personal data appears masked: a reveal is a deliberate act with a reason, not a side effect of reading history.
 */
@Component
class CustomerHistory {

    private final EntityChanges changes;
    private final CustomerPii pii;
    private final AccountService accounts;
    private final PiiRevealLog reveals;
    private final DisplayNames names;

    CustomerHistory(
            EntityChanges changes, CustomerPii pii, AccountService accounts, PiiRevealLog reveals, DisplayNames names) {
        this.changes = changes;
        this.pii = pii;
        this.accounts = accounts;
        this.reveals = reveals;
        this.names = names;
    }

    List<EntityChange> of(long customerId) {
        List<RevisionSnapshot<Customer>> revisions = changes.revisions(Customer.class, customerId);
        Map<Long, AccountSummary> owners = accounts.summaries(
                revisions.stream().map(r -> r.entity().getOwnerId()).collect(Collectors.toSet()));
        List<EntityChange> edits =
                changes.diff(revisions, c -> fields(c, owners), this::secrets, Customer::getCreatedAt);
        List<PiiRevealRecord> revealed = reveals.forTarget("customer", Long.toString(customerId));
        if (revealed.isEmpty()) {
            return edits;
        }
        // a reveal changes nothing, but who saw personal data in clear, when and why belongs in the record's history
        Map<String, String> who =
                names.of(revealed.stream().map(PiiRevealRecord::username).toList());
        List<EntityChange> all = new ArrayList<>(edits);
        revealed.forEach(r -> all.add(new EntityChange(
                0,
                r.revealedAt(),
                who.getOrDefault(r.username(), r.username()),
                "Revealed",
                List.of(new EntityChange.FieldChange(
                        label(r.field()), "masked", "shown in clear · why: " + r.reason())))));
        all.sort(Comparator.comparing(EntityChange::at).reversed());
        return all;
    }

    private static String label(String field) {
        return Arrays.stream(PiiField.values())
                .filter(f -> f.name().equals(field))
                .map(PiiField::label)
                .findFirst()
                .orElse(field);
    }

    private Map<String, String> fields(Customer c, Map<Long, AccountSummary> owners) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("External reference", text(c.getExternalRef()));
        fields.put("Name", text(c.getName()));
        fields.put("Kind", c.getKind() == null ? "" : c.getKind().label());
        fields.put("National ID", text(Masking.lastFour(pii.decrypt(c.getNationalIdEnc()))));
        fields.put("Email", text(Masking.email(pii.decrypt(c.getEmailEnc()))));
        fields.put("Phone", text(c.getPhone()));
        fields.put("Address", text(c.getAddress()));
        fields.put("Country", text(c.getCountry()));
        fields.put("Segment", c.getSegment() == null ? "" : c.getSegment().label());
        fields.put("Status", c.getStatus() == null ? "" : c.getStatus().label());
        AccountSummary owner = owners.get(c.getOwnerId());
        fields.put("Owner", owner == null ? "#" + c.getOwnerId() : owner.displayName());
        return fields;
    }

    /** Personal data in clear, only to compare revisions; never shown. */
    private Map<String, String> secrets(Customer c) {
        Map<String, String> secrets = new LinkedHashMap<>();
        secrets.put("National ID", text(pii.decrypt(c.getNationalIdEnc())));
        secrets.put("Email", text(pii.decrypt(c.getEmailEnc())));
        return secrets;
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
