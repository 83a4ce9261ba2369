package io.portalops.directory;

import io.portalops.shared.validation.MultiLineText;
import io.portalops.shared.validation.SingleLineText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A change of an open grant's role or note, at the version read. Status changes are actions of their own. */
public record GrantUpdate(
        @Nullable @Size(max = 80) @SingleLineText String role,

        @Nullable @Size(max = GrantUpdate.MAX_NOTE) @MultiLineText
        String note,

        @NotNull Long version) {

    /** access_grant.note: a grant's note, or the reason it was revoked. */
    public static final int MAX_NOTE = 1000;

    public GrantUpdate {
        role = PersonForm.blankToNull(role);
        note = PersonForm.blankToNull(note);
    }
}
