package io.portalops.contract;

import io.portalops.audit.EntityHistory;
import io.portalops.audit.RevisionSnapshot;
import io.portalops.security.AccountService;
import io.portalops.security.AccountSummary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Turns Envers snapshots of a contract into "who changed which field from what to what", newest first.
 */
@Component
class ContractHistory {

    static final int MAX_REVISIONS = 500;

    private final EntityHistory entityHistory;
    private final AccountService accounts;

    ContractHistory(EntityHistory entityHistory, AccountService accounts) {
        this.entityHistory = entityHistory;
        this.accounts = accounts;
    }

    List<ContractChange> of(long contractId) {
        List<RevisionSnapshot<Contract>> revisions = entityHistory.revisions(Contract.class, contractId, MAX_REVISIONS);
        Map<Long, AccountSummary> owners = accounts.summaries(revisions.stream()
                .map(r -> r.entity().getOwnerId()).collect(Collectors.toSet()));
        List<ContractChange> changes = new ArrayList<>();
        Map<String, String> previous = Map.of();
        for (RevisionSnapshot<Contract> revision : revisions) {
            Map<String, String> current = fields(revision.entity(), owners);
            List<ContractChange.FieldChange> diff = new ArrayList<>();
            for (var entry : current.entrySet()) {
                String old = previous.getOrDefault(entry.getKey(), "");
                if (!Objects.equals(old, entry.getValue())) {
                    diff.add(new ContractChange.FieldChange(entry.getKey(), old, entry.getValue()));
                }
            }
            if (!diff.isEmpty() || revision.kind() != RevisionSnapshot.RevisionKind.CHANGED) {
                changes.add(new ContractChange(revision.revision(), revision.at(), revision.actor(), label(revision.kind()), diff));
            }
            previous = current;
        }
        return changes.reversed();
    }

    private static Map<String, String> fields(Contract c, Map<Long, AccountSummary> owners) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("Title", text(c.getTitle()));
        fields.put("Type", c.getType() == null ? "" : c.getType().label());
        fields.put("Value", value(c));
        fields.put("Start", c.getStartDate() == null ? "" : c.getStartDate().toString());
        fields.put("End", c.getEndDate() == null ? "" : c.getEndDate().toString());
        fields.put("Auto-renew", c.isAutoRenew() ? "Yes" : "No");
        fields.put("Notice days", Integer.toString(c.getNoticePeriodDays()));
        AccountSummary owner = owners.get(c.getOwnerId());
        fields.put("Owner", owner == null ? "#" + c.getOwnerId() : owner.displayName());
        fields.put("Status", c.getStatus() == null ? "" : c.getStatus().label());
        return fields;
    }

    private static String value(Contract c) {
        try {
            return c.getValue().format();
        } catch (IllegalArgumentException e) {
            return "";
        }
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
