package io.portalops.directory;

import io.portalops.shared.paging.SliceResult;
import java.time.Instant;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A page of a product's holders with when each last used it, for {@link AccessGrantService#holders}, which checks the
 * input and the caller's scope first and carries the transaction.
 */
@Component
class ProductHolderRows {

    private final GrantQueries queries;
    private final UsageStore usage;

    ProductHolderRows(GrantQueries queries, UsageStore usage) {
        this.queries = queries;
        this.usage = usage;
    }

    SliceResult<ProductHolder> page(long productId, String search, int offset, int limit) {
        SliceResult<Object[]> rows =
                SliceResult.fromOverfetch(queries.holders(productId, search, offset, limit), offset, limit);
        Map<PersonProduct, Instant> lastUses = usage.lastUses(rows.items().stream()
                .map(row -> new PersonProduct(((Person) row[1]).getId(), productId))
                .toList());
        return rows.map(row -> {
            AccessGrant g = (AccessGrant) row[0];
            Person p = (Person) row[1];
            return new ProductHolder(
                    g.getId(),
                    p.getId(),
                    p.getName(),
                    p.getDepartment(),
                    g.getRole(),
                    g.getGrantedAt(),
                    lastUses.get(new PersonProduct(p.getId(), productId)));
        });
    }
}
