package io.portalops.customer;

import io.portalops.audit.EntityHistory;
import io.portalops.audit.RevisionSnapshot;
import io.portalops.security.AccountService;
import io.portalops.security.AccountSummary;
import io.portalops.shared.crypto.Masking;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Turns Envers snapshots of a customer into "who changed which field from what to what", newest first.
 * Personal data appears masked: a reveal is a deliberate act with a reason, not a side effect of reading history.
 */
@Component
class CustomerHistory {

    static final int MAX_REVISIONS = 500;

    private final EntityHistory entityHistory;
    private final CustomerPii pii;
    private final AccountService accounts;

    CustomerHistory(EntityHistory entityHistory, CustomerPii pii, AccountService accounts) {
        this.entityHistory = entityHistory;
        this.pii = pii;
        this.accounts = accounts;
    }

    List<CustomerChange> of(long customerId) {
        List<RevisionSnapshot<Customer>> revisions = entityHistory.revisions(Customer.class, customerId, MAX_REVISIONS);
        Map<Long, AccountSummary> owners = accounts.summaries(revisions.stream()
                .map(r -> r.entity().getOwnerId()).collect(Collectors.toSet()));
        List<CustomerChange> changes = new ArrayList<>();
        Map<String, String> previous = Map.of();
        Map<String, String> previousSecrets = Map.of();
        for (RevisionSnapshot<Customer> revision : revisions) {
            Map<String, String> current = fields(revision.entity(), owners);
            Map<String, String> secrets = secrets(revision.entity());
            List<CustomerChange.FieldChange> diff = new ArrayList<>();
            for (var entry : current.entrySet()) {
                String old = previous.getOrDefault(entry.getKey(), "");
                String now = entry.getValue();
                boolean secretChanged = secrets.containsKey(entry.getKey()) && !previous.isEmpty()
                        && !Objects.equals(previousSecrets.get(entry.getKey()), secrets.get(entry.getKey()));
                if (!Objects.equals(old, now)) {
                    diff.add(new CustomerChange.FieldChange(entry.getKey(), old, now));
                } else if (secretChanged) {
                    // two different values can share a mask (same first letter and domain): still a change
                    diff.add(new CustomerChange.FieldChange(entry.getKey(), old, now + " (changed)"));
                }
            }
            if (!diff.isEmpty() || revision.kind() != RevisionSnapshot.RevisionKind.CHANGED) {
                changes.add(new CustomerChange(revision.revision(), revision.at(), revision.actor(), label(revision.kind()), diff));
            }
            previous = current;
            previousSecrets = secrets;
        }
        return changes.reversed();
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

    private static String label(RevisionSnapshot.RevisionKind kind) {
        return switch (kind) {
            case CREATED -> "Created";
            case CHANGED -> "Changed";
            case DELETED -> "Deleted";
        };
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
