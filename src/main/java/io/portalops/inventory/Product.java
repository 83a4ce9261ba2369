package io.portalops.inventory;

import io.portalops.shared.AbstractEntity;
import io.portalops.shared.Money;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A product of a service. {@code seatsAssigned} is kept by {@link SeatLedger} in the same transaction as the grant
 * that takes or frees a seat, so that the seat limit holds under concurrency without counting grants.
 */
@Entity
@Table(name = "product")
@Audited
class Product extends AbstractEntity {

    private long serviceId;
    private String name;

    @Enumerated(EnumType.STRING)
    private LicenceModel licenceModel;

    private int seatsPurchased;

    @NotAudited
    @Column(insertable = false, updatable = false)
    private int seatsAssigned;

    private BigDecimal costAmount;
    private String costCurrency;

    @Enumerated(EnumType.STRING)
    private BillingCycle billingCycle;

    @ElementCollection
    @CollectionTable(name = "product_admin", joinColumns = @JoinColumn(name = "product_id"))
    @Column(name = "account_id")
    private Set<Long> admins = new HashSet<>();

    @NotAudited
    private Instant createdAt;

    @NotAudited
    private Instant updatedAt;

    protected Product() {}

    @SuppressWarnings(
            "NullAway.Init") // the remaining columns are set by the update that follows, before the first flush
    Product(long serviceId, Instant now) {
        this.serviceId = serviceId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void edit(ProductForm form, Instant now) {
        this.name = form.name().strip();
        this.licenceModel = form.licenceModel();
        this.seatsPurchased = form.seatsPurchased();
        this.costAmount = form.cost().amount();
        this.costCurrency = form.cost().currency();
        this.billingCycle = form.billingCycle();
        this.updatedAt = now;
    }

    void assignAdmins(Set<Long> accountIds, Instant now) {
        admins.retainAll(accountIds);
        admins.addAll(accountIds);
        this.updatedAt = now;
    }

    long getServiceId() {
        return serviceId;
    }

    String getName() {
        return name;
    }

    LicenceModel getLicenceModel() {
        return licenceModel;
    }

    int getSeatsPurchased() {
        return seatsPurchased;
    }

    int getSeatsAssigned() {
        return seatsAssigned;
    }

    Money getCost() {
        return new Money(costAmount, costCurrency);
    }

    BillingCycle getBillingCycle() {
        return billingCycle;
    }

    Set<Long> getAdmins() {
        return Set.copyOf(admins);
    }
}
