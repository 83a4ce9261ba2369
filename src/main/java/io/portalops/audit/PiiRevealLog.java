package io.portalops.audit;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records every reveal of masked personal data, with the reason given. Joins the caller's transaction, so a
 * reveal that fails leaves no record and a record never exists without its reveal.
 */
@Service
public class PiiRevealLog {

    private final PiiRevealRepository repository;
    private final AuditLog audit;
    private final Clock clock;

    PiiRevealLog(PiiRevealRepository repository, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(
            long accountId, String username, String targetType, String targetId, String field, String reason) {
        repository.save(new PiiReveal(clock.instant(), accountId, username, targetType, targetId, field, reason));
        audit.record(new AuditEntry(
                "pii.reveal",
                targetType,
                targetId,
                Map.of("field", field, "reason", reason),
                AuditActor.account(accountId, username)));
    }

    @Transactional(readOnly = true)
    public List<PiiRevealRecord> forTarget(String targetType, String targetId) {
        return repository.findByTargetTypeAndTargetIdOrderByIdDesc(targetType, targetId).stream()
                .map(PiiReveal::toRecord)
                .toList();
    }
}
