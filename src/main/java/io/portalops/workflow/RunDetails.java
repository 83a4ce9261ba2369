package io.portalops.workflow;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The run page: the run, the tasks the caller sees, and for an offboarding what it reclaimed.
 *
 * @param summary null for an onboarding
 */
public record RunDetails(
        RunListItem run, List<TaskListItem> tasks, @Nullable OffboardingSummary summary) {

    public RunDetails {
        tasks = List.copyOf(tasks);
    }
}
