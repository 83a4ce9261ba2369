package io.portalops.gridview;

import io.portalops.shared.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** A saved view of one grid, owned by one account. {@code state} is the JSON of a shared {@code GridState}. */
@Entity
@Table(name = "grid_view")
@Audited
class SavedView extends AbstractEntity {

    private long accountId;
    private String ownerName;
    private String grid;
    private String name;
    private String slug;
    private @Nullable String sharedRole;

    @Column(name = "is_default")
    private boolean isDefault;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    private String state;

    @NotAudited
    private Instant createdAt;

    @NotAudited
    private Instant updatedAt;

    protected SavedView() {}

    @SuppressWarnings("NullAway.Init") // name, sharing and state are set by apply() before the first flush
    SavedView(long accountId, String ownerName, String grid, String slug, Instant now) {
        this.accountId = accountId;
        this.ownerName = ownerName;
        this.grid = grid;
        this.slug = slug;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void apply(String name, @Nullable String sharedRole, boolean isDefault, String state, Instant now) {
        this.name = name;
        this.sharedRole = sharedRole;
        this.isDefault = isDefault;
        this.state = state;
        this.updatedAt = now;
    }

    void setDefault(boolean isDefault) {
        this.isDefault = isDefault;
    }

    long getAccountId() {
        return accountId;
    }

    String getOwnerName() {
        return ownerName;
    }

    String getGrid() {
        return grid;
    }

    String getName() {
        return name;
    }

    String getSlug() {
        return slug;
    }

    @Nullable
    String getSharedRole() {
        return sharedRole;
    }

    boolean isDefault() {
        return isDefault;
    }

    String getState() {
        return state;
    }
}
