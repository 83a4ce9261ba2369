package io.portalops.contract;

import io.portalops.audit.EntityChange;
import io.portalops.audit.EntityChanges;
import io.portalops.audit.RevisionSnapshot;
import io.portalops.security.AccountService;
import io.portalops.security.AccountSummary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Turns Envers snapshots of a contract into "who changed which field from what to what", newest first.
 */
@Component
class ContractHistory {

    private final EntityChanges changes;
    private final AccountService accounts;

    ContractHistory(EntityChanges changes, AccountService accounts) {
        this.changes = changes;
        this.accounts = accounts;
    }

    List<EntityChange> of(long contractId) {
        List<RevisionSnapshot<Contract>> revisions = changes.revisions(Contract.class, contractId);
        Map<Long, AccountSummary> owners = accounts.summaries(
                revisions.stream().map(r -> r.entity().getOwnerId()).collect(Collectors.toSet()));
        return changes.diff(revisions, c -> fields(c, owners), c -> Map.of(), Contract::getCreatedAt);
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

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
