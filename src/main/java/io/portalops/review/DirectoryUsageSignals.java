package io.portalops.review;

import io.portalops.directory.ActiveGrant;
import io.portalops.directory.GrantUsage;
import io.portalops.directory.PersonProduct;
import io.portalops.review.usage.UsageSignals;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The last use the directory recorded per person and product (login and usage events, sign-in imports; ADR 040),
 * keyed by the grant a campaign snapshots.
 */
@Component
class DirectoryUsageSignals implements UsageSignals {

    private final GrantUsage usage;

    DirectoryUsageSignals(GrantUsage usage) {
        this.usage = usage;
    }

    @Override
    public Map<Long, Instant> lastUsed(Collection<ActiveGrant> grants) {
        Map<PersonProduct, Instant> uses = usage.lastUses(grants.stream()
                .map(grant -> new PersonProduct(grant.personId(), grant.productId()))
                .distinct()
                .toList());
        Map<Long, Instant> byGrant = new HashMap<>();
        for (ActiveGrant grant : grants) {
            Instant last = uses.get(new PersonProduct(grant.personId(), grant.productId()));
            if (last != null) {
                byGrant.put(grant.grantId(), last);
            }
        }
        return byGrant;
    }
}
