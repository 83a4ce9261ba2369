package io.portalops.workflow;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface WorkflowTaskRepository extends JpaRepository<WorkflowTask, Long> {

    List<WorkflowTask> findByRunIdOrderByIdAsc(long runId);

    List<WorkflowTask> findByGrantIdIn(Collection<Long> grantIds);

    boolean existsByRunIdAndStatus(long runId, TaskStatus status);

    List<WorkflowTask> findByStatusAndDueDateLessThanEqualOrderByDueDateAscIdAsc(TaskStatus status, LocalDate dueBy);
}
