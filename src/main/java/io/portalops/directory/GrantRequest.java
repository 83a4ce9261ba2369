package io.portalops.directory;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A new access grant: requested (no seat yet) or active at once (takes a seat of a per-seat product).
 *
 * @param status REQUESTED or ACTIVE; null means ACTIVE
 */
public record GrantRequest(
        @NotNull Long personId,
        @NotNull Long productId,
        @Nullable @Size(max = 80) String role,
        @Nullable GrantStatus status,
        @Nullable @Size(max = 1000) String note) {

    public GrantRequest {
        role = PersonForm.blankToNull(role);
        note = PersonForm.blankToNull(note);
        status = status == null ? GrantStatus.ACTIVE : status;
    }
}
