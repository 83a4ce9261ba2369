package io.portalops.directory;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A person was created or edited (by hand, the API or an import). Onboarding and offboarding (#6) start from the
 * status and dates; the audit log (#7) records it.
 *
 * @param previousStatus null when the person was just created
 */
public record PersonChanged(
        long personId,
        @Nullable EmploymentStatus previousStatus,
        EmploymentStatus status,
        @Nullable LocalDate startDate,
        @Nullable LocalDate endDate,
        long byAccountId) {

    public boolean created() {
        return previousStatus == null;
    }

    public boolean statusChanged() {
        return previousStatus != status;
    }
}
