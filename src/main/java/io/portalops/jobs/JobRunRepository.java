package io.portalops.jobs;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface JobRunRepository extends JpaRepository<JobRun, Long> {

    List<JobRun> findByJobNameOrderByStartedAtDescIdDesc(String jobName, Limit limit);

    Optional<JobRun> findFirstByJobNameAndOutcomeNotOrderByStartedAtDescIdDesc(String jobName, JobOutcome outcome);
}
