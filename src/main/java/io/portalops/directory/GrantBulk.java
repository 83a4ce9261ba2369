package io.portalops.directory;

import io.portalops.bulk.AbstractBulkGrid;
import io.portalops.bulk.BulkAction;
import io.portalops.bulk.BulkField;
import io.portalops.export.ExportParameters;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The grants' bulk action (ADR 044): revoke with a reason, each row through {@link AccessGrantService#revoke}, the
 * single revoke, so the product's scope, the grant's state and the freed seat are handled as one by one. A grant outside
 * the caller's scope is refused as "Not found.", like a missing one. The filter is that of {@code GET
 * /api/access-grants}: personId, productId, status.
 */
@Component
class GrantBulk extends AbstractBulkGrid {

    static final Set<String> FILTERS = Set.of("personId", "productId", "status");

    private static final Set<String> GRANTERS = Set.of("ADMIN", "SERVICE_ADMIN", "PRODUCT_ADMIN");

    private final AccessGrantService grants;

    GrantBulk(AccessGrantService grants) {
        super("grants", FILTERS);
        this.grants = grants;
    }

    @Override
    public List<Long> matching(Map<String, String> filter, int limit) {
        ExportParameters p = new ExportParameters(filter, FILTERS);
        return grants.matchingIds(
                new GrantFilter(p.id("personId"), p.id("productId"), p.enumValue("status", GrantStatus.class)), limit);
    }

    @Override
    public List<BulkAction> actions() {
        return List.of(new BulkAction(
                "revoke",
                "Revoke",
                GRANTERS,
                List.of(BulkField.text("reason", "Reason", true, GrantUpdate.MAX_NOTE)),
                fields -> {
                    String reason = fields.require("reason");
                    return id -> grants.revoke(id, reason);
                }));
    }
}
