package io.portalops.audit;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of checking the chain: intact up to entry {@code intactUpTo}, or broken at {@code brokenAt} for
 * {@code reason}. {@code checked} counts the entries read.
 */
public record AuditVerification(
        boolean intact,
        long intactUpTo,
        @Nullable Long brokenAt,
        @Nullable String reason,
        long checked,
        int anchorsChecked) {

    public String summary() {
        return intact
                ? "Intact up to #" + intactUpTo + " (" + checked + " entries, " + anchorsChecked + " anchors checked)"
                : "Broken at #" + brokenAt + ": " + reason;
    }
}
