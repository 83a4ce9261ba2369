package io.portalops.workflow;

import io.portalops.inventory.SaasScopes;
import io.portalops.shared.db.MaterializedViews;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Open onboarding (grant) and offboarding (revoke) tasks for the dashboard, from the {@code workflow_task_rollup}
 * view (V023), limited to the products whose tasks the caller works, as in the Tasks view.
 */
@Service
public class WorkflowFigures {

    private final JdbcTemplate jdbc;
    private final SaasScopes scopes;
    private final Clock clock;

    WorkflowFigures(JdbcTemplate jdbc, SaasScopes scopes, Clock clock) {
        this.jdbc = jdbc;
        this.scopes = scopes;
        this.clock = clock;
    }

    /** Open tasks of one kind, and how many of them are past their due date. */
    public record OpenTasks(TaskKind kind, long open, long overdue) {}

    public void refresh() {
        MaterializedViews.refresh(jdbc, "workflow_task_rollup");
    }

    @PreAuthorize(WorkflowService.WORKERS)
    @Transactional(readOnly = true)
    public List<OpenTasks> openTasks() {
        Optional<Set<Long>> products = scopes.current().productFilter();
        LocalDate today = LocalDate.now(clock);
        List<Object> args = new ArrayList<>(List.of(Date.valueOf(today)));
        StringBuilder sql =
                new StringBuilder("select kind, sum(tasks), coalesce(sum(tasks) filter (where due_date < ?), 0) "
                        + "from workflow_task_rollup");
        if (products.isPresent()) {
            sql.append(" where product_id = any (?)");
            args.add(products.get().toArray(Long[]::new));
        }
        sql.append(" group by kind");
        List<OpenTasks> found = jdbc.query(
                sql.toString(),
                (rs, i) -> new OpenTasks(TaskKind.valueOf(rs.getString(1)), rs.getLong(2), rs.getLong(3)),
                args.toArray());
        return Arrays.stream(TaskKind.values())
                .map(kind ->
                        found.stream().filter(f -> f.kind() == kind).findFirst().orElse(new OpenTasks(kind, 0, 0)))
                .toList();
    }
}
