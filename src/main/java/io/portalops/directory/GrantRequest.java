package io.portalops.directory;

import io.portalops.shared.validation.MultiLineText;
import io.portalops.shared.validation.SingleLineText;
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
        @Nullable @Size(max = 80) @SingleLineText String role,
        @Nullable GrantStatus status,

        @Nullable @Size(max = GrantUpdate.MAX_NOTE) @MultiLineText
        String note) {

    public GrantRequest {
        role = PersonForm.blankToNull(role);
        note = PersonForm.blankToNull(note);
        status = status == null ? GrantStatus.ACTIVE : status;
    }
}
