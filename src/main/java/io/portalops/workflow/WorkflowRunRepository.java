package io.portalops.workflow;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface WorkflowRunRepository extends JpaRepository<WorkflowRun, Long> {

    Optional<WorkflowRun> findByPersonIdAndKindAndStatus(long personId, RunKind kind, RunStatus status);

    boolean existsByPersonIdAndKindAndStatusAndTargetDate(
            long personId, RunKind kind, RunStatus status, LocalDate targetDate);

    List<WorkflowRun> findByPersonIdOrderByIdDesc(long personId);
}
