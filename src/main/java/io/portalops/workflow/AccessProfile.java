package io.portalops.workflow;

import io.portalops.shared.AbstractEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.jspecify.annotations.Nullable;

/**
 * The products a department gets by default, or a title within it when {@code title} is set. A person's products are
 * the union of every profile that matches them (see {@link #matches}).
 */
@Entity
@Table(name = "access_profile")
@Audited
class AccessProfile extends AbstractEntity {

    private String name;
    private String department;
    private @Nullable String title;

    @ElementCollection
    @CollectionTable(name = "access_profile_product", joinColumns = @JoinColumn(name = "profile_id"))
    @Column(name = "product_id")
    private Set<Long> products = new HashSet<>();

    @NotAudited
    private Instant createdAt;

    @NotAudited
    private Instant updatedAt;

    protected AccessProfile() {}

    @SuppressWarnings(
            "NullAway.Init") // the remaining columns are set by the update that follows, before the first flush
    AccessProfile(Instant now) {
        this.createdAt = now;
        this.updatedAt = now;
    }

    void apply(AccessProfileForm form, Instant now) {
        this.name = form.name().strip();
        this.department = form.department().strip();
        this.title = AccessProfileForm.blankToNull(form.title());
        this.products.clear();
        this.products.addAll(form.productIds());
        this.updatedAt = now;
    }

    /** Same department, case aside; and the same title when the profile names one. */
    boolean matches(@Nullable String personDepartment, @Nullable String personTitle) {
        return personDepartment != null
                && department.equalsIgnoreCase(personDepartment.strip())
                && (title == null || (personTitle != null && title.equalsIgnoreCase(personTitle.strip())));
    }

    String getName() {
        return name;
    }

    String getDepartment() {
        return department;
    }

    @Nullable
    String getTitle() {
        return title;
    }

    Set<Long> getProducts() {
        return products;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
