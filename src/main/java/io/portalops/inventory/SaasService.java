package io.portalops.inventory;

import io.portalops.shared.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "saas_service")
@Audited
class SaasService extends AbstractEntity {

    private String name;
    private String vendor;
    private String category;
    private @Nullable String website;

    @Enumerated(EnumType.STRING)
    private ServiceStatus status;

    private @Nullable String description;

    @ElementCollection
    @CollectionTable(name = "service_admin", joinColumns = @JoinColumn(name = "service_id"))
    @Column(name = "account_id")
    private Set<Long> admins = new HashSet<>();

    @NotAudited
    private Instant createdAt;

    @NotAudited
    private Instant updatedAt;

    protected SaasService() {}

    @SuppressWarnings(
            "NullAway.Init") // the remaining columns are set by the update that follows, before the first flush
    SaasService(Instant now) {
        this.createdAt = now;
        this.updatedAt = now;
    }

    void edit(ServiceForm form, Instant now) {
        this.name = form.name().strip();
        this.vendor = form.vendor().strip();
        this.category = form.category().strip();
        this.website = blankToNull(form.website());
        this.status = form.status();
        this.description = blankToNull(form.description());
        this.updatedAt = now;
    }

    void assignAdmins(Set<Long> accountIds, Instant now) {
        admins.retainAll(accountIds);
        admins.addAll(accountIds);
        this.updatedAt = now;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    String getName() {
        return name;
    }

    String getVendor() {
        return vendor;
    }

    String getCategory() {
        return category;
    }

    @Nullable
    String getWebsite() {
        return website;
    }

    ServiceStatus getStatus() {
        return status;
    }

    @Nullable
    String getDescription() {
        return description;
    }

    Set<Long> getAdmins() {
        return Set.copyOf(admins);
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
