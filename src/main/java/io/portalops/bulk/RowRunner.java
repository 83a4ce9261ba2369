package io.portalops.bulk;

import io.portalops.audit.AuditLog;
import io.portalops.shared.InvalidInputException;
import io.portalops.shared.NotFoundException;
import io.portalops.shared.RuleViolationException;
import io.portalops.shared.StaleDataException;
import jakarta.validation.ConstraintViolationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs the rows of a bulk action (ADR 044, after ADR 036). Rows go in chunks, one transaction per chunk
 * (REQUIRES_NEW, so a caller's transaction can never make a whole run share one), because a commit per row was the
 * cost of a large run. A refusal must still roll back its own row only, so a chunk is all or nothing: the first row
 * that throws rolls the whole chunk back, the rows before it are run again as a chunk of their own, the refused row
 * runs alone in its own transaction (which gives its reason, or does it if it was only caught in the crowd), and the
 * run goes on after it. No row is ever counted done unless its own transaction committed, and none is done twice: a
 * chunk that rolled back left nothing behind. Savepoints per row were not used: with JPA a failed participating
 * method marks the whole transaction rollback-only, and the persistence context keeps the failed row's dirty state.
 */
@Component
class RowRunner {

    /** The same words for a missing row and one outside the caller's scope, so a bulk run cannot probe ids. */
    static final String NOT_FOUND = "Not found.";

    /** What {@link #chunk} answers when the chunk committed, and when its commit (not a row) failed. */
    private static final int DONE = -1;

    private static final int UNKNOWN = -2;

    private static final Logger log = LoggerFactory.getLogger(RowRunner.class);

    private final TransactionTemplate transaction;
    private final AuditLog audit;

    RowRunner(PlatformTransactionManager transactions, AuditLog audit) {
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Every row, in chunks of at most {@code chunkSize}; the results in the order of {@code ids}. */
    List<BulkRowResult> runAll(RowStep step, List<Long> ids, int chunkSize, BulkProgress progress) {
        BulkRowResult[] results = new BulkRowResult[ids.size()];
        int next = 0;
        while (next < ids.size()) {
            int end = Math.min(next + chunkSize, ids.size());
            int failed = chunk(step, ids, next, end);
            if (failed == DONE) {
                done(ids, results, next, end);
            } else {
                int clean = failed == UNKNOWN ? next : failed;
                if (clean > next && chunk(step, ids, next, clean) == DONE) {
                    done(ids, results, next, clean);
                } else {
                    clean = next;
                }
                // what remains of the chunk up to the failure (all of it when the commit itself failed) row by row
                end = failed == UNKNOWN ? end : failed + 1;
                for (int i = clean; i < end; i++) {
                    results[i] = run(step, ids.get(i));
                }
            }
            next = end;
            progress.rowsThrough(next, ids.size());
        }
        return List.of(results);
    }

    /**
     * Rows {@code from} to {@code to} (exclusive) in one transaction: DONE when it committed, else the index of the
     * row that threw (everything rolled back), or UNKNOWN when the commit itself failed.
     */
    private int chunk(RowStep step, List<Long> ids, int from, int to) {
        int[] at = {from};
        try {
            transaction.executeWithoutResult(status -> {
                // the chunk's rows' audit entries go on the chain together at its commit (ADR 056)
                audit.appendAtCommit();
                for (; at[0] < to; at[0]++) {
                    step.apply(ids.get(at[0]));
                }
            });
            return DONE;
        } catch (RuntimeException e) {
            return at[0] < to ? at[0] : UNKNOWN;
        }
    }

    private static void done(List<Long> ids, BulkRowResult[] results, int from, int to) {
        for (int i = from; i < to; i++) {
            results[i] = BulkRowResult.ok(ids.get(i));
        }
    }

    /** One row in a transaction of its own: done, or refused with the single action's reason. */
    BulkRowResult run(RowStep step, long id) {
        try {
            transaction.executeWithoutResult(status -> step.apply(id));
            return BulkRowResult.ok(id);
        } catch (RuntimeException e) {
            return BulkRowResult.refused(id, reason(e, id));
        }
    }

    /** Every row's refusal found beforehand, by id; empty when all may be done. */
    Map<Long, String> refusals(RowStep step, List<Long> ids) {
        Map<Long, String> refusals = new LinkedHashMap<>();
        for (long id : ids) {
            try {
                String refusal = step.refusal(id);
                if (refusal != null) {
                    refusals.put(id, refusal);
                }
            } catch (RuntimeException e) {
                refusals.put(id, reason(e, id));
            }
        }
        return refusals;
    }

    private static String reason(RuntimeException e, long id) {
        @Nullable
        String reason = switch (e) {
            case NotFoundException missing -> NOT_FOUND;
            case AccessDeniedException denied -> "Not allowed for your roles.";
            case RuleViolationException rule -> rule.getMessage();
            case InvalidInputException invalid -> invalid.getMessage();
            case ConstraintViolationException invalid -> invalid.getMessage();
            case StaleDataException stale -> "Changed by someone else meanwhile; try again.";
            case ConcurrencyFailureException busy -> "Changed by someone else meanwhile; try again.";
            default -> {
                log.error("Bulk row {} failed", id, e);
                yield "Failed on the server; nothing was changed for this row.";
            }
        };
        return reason == null ? "Refused." : reason;
    }
}
