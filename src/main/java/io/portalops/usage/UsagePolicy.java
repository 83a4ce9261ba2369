package io.portalops.usage;

import io.portalops.shared.AbstractEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.jspecify.annotations.Nullable;

/**
 * A product's own idle period and alert thresholds, and when each alert last went out (cleared once the condition
 * ends, so that the next crossing alerts again). Changes go to the audit log, and the settings to Envers (V067);
 * the alert bookkeeping of the threshold job does not, so that the history holds only what people changed.
 */
@Entity
@Table(name = "usage_policy")
@Audited
class UsagePolicy extends AbstractEntity {

    private long productId;
    private @Nullable Integer idleDays;
    private @Nullable Integer maxUnusedSeats;
    private @Nullable Integer minFreeSeats;

    @NotAudited
    private @Nullable Instant unusedAlertedAt;

    @NotAudited
    private @Nullable Instant freeAlertedAt;

    @NotAudited
    private Instant updatedAt;

    protected UsagePolicy() {
        this.updatedAt = Instant.EPOCH;
    }

    UsagePolicy(long productId, Instant now) {
        this.productId = productId;
        this.updatedAt = now;
    }

    void apply(UsagePolicyForm form, Instant now) {
        this.idleDays = form.idleDays();
        this.maxUnusedSeats = form.maxUnusedSeats();
        this.minFreeSeats = form.minFreeSeats();
        this.unusedAlertedAt = null;
        this.freeAlertedAt = null;
        this.updatedAt = now;
    }

    /** Whether the unused-seats alert should go out now: the first time the condition holds after it did not. */
    boolean alertUnused(boolean over, Instant now) {
        boolean alert = over && unusedAlertedAt == null;
        unusedAlertedAt = over ? (alert ? now : unusedAlertedAt) : null;
        return alert;
    }

    boolean alertFree(boolean under, Instant now) {
        boolean alert = under && freeAlertedAt == null;
        freeAlertedAt = under ? (alert ? now : freeAlertedAt) : null;
        return alert;
    }

    long getProductId() {
        return productId;
    }

    @Nullable
    Integer getIdleDays() {
        return idleDays;
    }

    @Nullable
    Integer getMaxUnusedSeats() {
        return maxUnusedSeats;
    }

    @Nullable
    Integer getMinFreeSeats() {
        return minFreeSeats;
    }
}
