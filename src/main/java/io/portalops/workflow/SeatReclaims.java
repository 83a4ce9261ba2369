package io.portalops.workflow;

import io.portalops.shared.Money;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Revoke tasks for idle seats (ADR 040): one open reclaim run per person, one task per idle grant, each with the money a
 * month it saves. Idempotent, also under concurrency (the weekly job and a click at once): reclaims take one
 * transaction-scoped lock, and a grant is skipped while a revoke task for it is open, or when a reclaim task for it
 * was already made since it went idle (a skipped one means "keep it" until the seat is used and goes idle again).
 *
 * <p>No caller check: the usage module's service has checked the product's scope, and its job runs without a user.
 */
@Component
public class SeatReclaims {

    private final WorkflowRunRepository runs;
    private final WorkflowTaskRepository tasks;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    SeatReclaims(WorkflowRunRepository runs, WorkflowTaskRepository tasks, JdbcTemplate jdbc, Clock clock) {
        this.runs = runs;
        this.tasks = tasks;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Creates the tasks the candidates lack, due on {@code due}; answers the tasks created now. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<ReclaimProposal> propose(List<ReclaimCandidate> candidates, LocalDate due) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        jdbc.queryForList("select pg_advisory_xact_lock(hashtext('workflow.seat-reclaim'))");
        List<WorkflowTask> earlier = tasks.findByGrantIdIn(
                candidates.stream().map(ReclaimCandidate::grantId).toList());
        Map<Long, RunKind> kinds =
                runs.findAllById(earlier.stream().map(WorkflowTask::getRunId).collect(Collectors.toSet())).stream()
                        .collect(Collectors.toMap(WorkflowRun::getId, WorkflowRun::getKind));
        Instant now = clock.instant();
        List<ReclaimProposal> made = new ArrayList<>();
        for (ReclaimCandidate candidate : candidates) {
            boolean handled = earlier.stream()
                    .filter(t -> Objects.equals(t.getGrantId(), candidate.grantId()))
                    .anyMatch(t -> (t.isOpen() && t.getKind() == TaskKind.REVOKE)
                            || (kinds.get(t.getRunId()) == RunKind.RECLAIM
                                    && !t.getCreatedAt().isBefore(candidate.idleSince())));
            if (handled) {
                continue;
            }
            WorkflowRun run = runs.findByPersonIdAndKindAndStatus(candidate.personId(), RunKind.RECLAIM, RunStatus.OPEN)
                    .orElseGet(() -> runs.saveAndFlush(
                            new WorkflowRun(candidate.personId(), candidate.personName(), RunKind.RECLAIM, due, now)));
            // a run holds one task per product: an older, closed reclaim of this product in the same open run waits
            // for the run to close before the seat can be proposed again
            if (tasks.findByRunIdOrderByIdAsc(run.getId()).stream()
                    .anyMatch(t -> t.getProductId() == candidate.productId())) {
                continue;
            }
            WorkflowTask task = tasks.saveAndFlush(new WorkflowTask(
                    run, candidate.productId(), candidate.grantId(), due, candidate.monthlySaving(), now));
            made.add(new ReclaimProposal(
                    task.getId(),
                    run.getId(),
                    candidate.grantId(),
                    candidate.personId(),
                    candidate.personName(),
                    candidate.monthlySaving()));
        }
        return made;
    }

    /**
     * The money a month of the reclaim tasks done in {@code [from, to)}, per currency, limited to the products given
     * (empty: all). Served by a partial index on done reclaims.
     */
    @Transactional(readOnly = true)
    public List<Money> reclaimed(Instant from, Instant to, Optional<Set<Long>> products) {
        Map<String, BigDecimal> sums = new TreeMap<>();
        jdbc.query(
                "select product_id, saving_currency, sum(saving_amount) from workflow_task "
                        + "where saving_amount is not null and status = 'DONE' and closed_at >= ? and closed_at < ? "
                        + "group by product_id, saving_currency",
                rs -> {
                    if (products.isEmpty() || products.get().contains(rs.getLong(1))) {
                        sums.merge(rs.getString(2), rs.getBigDecimal(3), BigDecimal::add);
                    }
                },
                java.sql.Timestamp.from(from),
                java.sql.Timestamp.from(to));
        return sums.entrySet().stream()
                .map(e -> new Money(e.getValue(), e.getKey()))
                .toList();
    }

    /** The grants among those given that have an open revoke task (reclaim or offboarding). */
    @Transactional(readOnly = true)
    public Set<Long> underRevoke(Collection<Long> grantIds) {
        if (grantIds.isEmpty()) {
            return Set.of();
        }
        return tasks.findByGrantIdIn(grantIds).stream()
                .filter(t -> t.isOpen() && t.getKind() == TaskKind.REVOKE)
                .map(WorkflowTask::getGrantId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
    }
}
