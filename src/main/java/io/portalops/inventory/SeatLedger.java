package io.portalops.inventory;

import io.portalops.shared.NotFoundException;
import io.portalops.shared.RuleViolationException;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seats of per-seat products. The directory takes a seat in the same transaction that activates a grant and frees it
 * when the grant is revoked; the conditional update makes the limit hold when two admins grant the last seat at once.
 * Callers check the caller's scope first; this class only counts.
 */
@Service
public class SeatLedger {

    private final ProductRepository products;

    SeatLedger(ProductRepository products) {
        this.products = products;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void take(long productId) {
        if (products.takeSeat(productId) == 0) {
            Product product = products.findById(productId).orElseThrow(() -> new NotFoundException("Product"));
            throw new RuleViolationException(
                    "No free seat: " + product.getName() + " has all " + product.getSeatsPurchased()
                            + " purchased seats assigned. Buy more seats or revoke someone's access first.",
                    409);
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void free(long productId) {
        products.freeSeat(productId);
    }

    /**
     * Purchased seats of each per-seat product (the others have no limit), for bulk loads such as the directory's demo
     * data that must stay within them without a signed-in user.
     */
    @Transactional(readOnly = true)
    public Map<Long, Integer> perSeatLimits() {
        return products.findAll().stream()
                .filter(p -> p.getLicenceModel() == LicenceModel.PER_SEAT)
                .collect(Collectors.toMap(Product::getId, Product::getSeatsPurchased));
    }

    /**
     * Sets the assigned count of each product to the number of active grants the directory counted, e.g. after its
     * demo data was written in bulk. Products not in the map hold no active grant.
     */
    @Transactional
    public void reconcile(Map<Long, Integer> activeGrantsByProduct) {
        products.clearSeats();
        activeGrantsByProduct.forEach(products::setSeats);
    }
}
