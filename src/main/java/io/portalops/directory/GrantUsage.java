package io.portalops.directory;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Last use of products by people (ADR 040), for other modules' services and jobs: the seat-reclaim loop and the access
 * reviews' snapshot of "last usage seen". Like {@link DirectoryLookups}, no scope applies here: the calling service
 * has decided what its user may see, so views and controllers never use this class.
 */
@Component
public class GrantUsage {

    private final UsageStore store;

    GrantUsage(UsageStore store) {
        this.store = store;
    }

    /** When the person last used the product, or empty when no use was ever recorded. */
    @Transactional(readOnly = true)
    public Optional<Instant> lastUse(long personId, long productId) {
        return Optional.ofNullable(store.lastUses(Set.of(new PersonProduct(personId, productId)))
                .get(new PersonProduct(personId, productId)));
    }

    /** The batch form of {@link #lastUse}: pairs never used are absent from the answer. */
    @Transactional(readOnly = true)
    public Map<PersonProduct, Instant> lastUses(Collection<PersonProduct> pairs) {
        return store.lastUses(pairs);
    }

    /** A product's active grants with their holders and last use, by the holder's name. */
    @Transactional(readOnly = true)
    public List<SeatUse> activeSeats(long productId) {
        return store.activeSeats(productId);
    }

    /** Active grants counted by use, per product against each product's cutoff; a product without grants is absent. */
    @Transactional(readOnly = true)
    public Map<Long, SeatCounts> seatCounts(Map<Long, Instant> cutoffs) {
        return store.seatCounts(cutoffs);
    }
}
