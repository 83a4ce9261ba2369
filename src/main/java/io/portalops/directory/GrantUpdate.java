package io.portalops.directory;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A change of an open grant's role or note, at the version read. Status changes are actions of their own. */
public record GrantUpdate(@Nullable @Size(max = 80) String role, @Nullable @Size(max = 1000) String note, @NotNull Long version) {

    public GrantUpdate {
        role = PersonForm.blankToNull(role);
        note = PersonForm.blankToNull(note);
    }
}
