package io.portalops.workflow;

import io.portalops.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A task as the task list, the run page and the API show it.
 *
 * @param assignees display names of the accounts expected to work it (the product's admins, else the service's)
 * @param assigneeAccountIds the same accounts by id
 * @param overdue open and due before today
 * @param dueSoon open and due today or within {@link WorkflowService#DUE_SOON_DAYS} days
 * @param actionable whether the caller may complete or skip it now
 * @param monthlySaving a seat reclaim's money a month (the seat's cost); null for every other task
 * @param lastUsedAt    for a seat reclaim, when the person last used the product as recorded now; null when never
 */
public record TaskListItem(
        long id,
        long runId,
        TaskKind kind,
        TaskStatus status,
        long productId,
        String productLabel,
        boolean perSeat,
        long personId,
        String personName,
        LocalDate dueDate,
        @Nullable Long grantId,
        @Nullable String note,
        @Nullable String closedBy,
        @Nullable Instant closedAt,
        Instant createdAt,
        List<String> assignees,
        Set<Long> assigneeAccountIds,
        boolean overdue,
        boolean dueSoon,
        boolean actionable,
        long version,
        @Nullable Money monthlySaving,
        @Nullable Instant lastUsedAt) {

    public TaskListItem {
        assignees = List.copyOf(assignees);
        assigneeAccountIds = Set.copyOf(assigneeAccountIds);
    }

    /** Whether the task reclaims an idle seat (ADR 040), rather than on- or offboarding or an access review. */
    public boolean reclaim() {
        return monthlySaving != null;
    }

    /** {@link #title(Function)} with ISO dates, for logs and the API's readers. */
    public String title() {
        return title(LocalDate::toString);
    }

    /**
     * "Grant Slack · Slack Business+ to Ada Lovelace", "Revoke … from …", or for a seat reclaim what the product admin
     * needs to decide it: "Reclaim idle seat: Ada Lovelace on Slack · Business+ (no use since 2026-09-01, saves EUR
     * 12.50/month)"; {@code dates} formats the date in the reader's style.
     */
    public String title(Function<LocalDate, String> dates) {
        if (kind == TaskKind.GRANT) {
            return "Grant " + productLabel + " to " + personName;
        }
        if (monthlySaving != null) {
            String use = lastUsedAt == null
                    ? "never used"
                    : "no use since " + dates.apply(LocalDate.ofInstant(lastUsedAt, ZoneId.systemDefault()));
            return "Reclaim idle seat: " + personName + " on " + productLabel + " (" + use + ", saves "
                    + monthlySaving.format() + "/month)";
        }
        return "Revoke " + productLabel + " from " + personName;
    }
}
