package io.portalops.bulk;

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
 * One row of a bulk run in a transaction of its own (REQUIRES_NEW, so even a caller inside a transaction cannot make
 * the rows share one): a refusal rolls back that row only, and is turned into the reason reported for it.
 */
@Component
class RowRunner {

    /** The same words for a missing row and one outside the caller's scope, so a bulk run cannot probe ids. */
    static final String NOT_FOUND = "Not found.";

    private static final Logger log = LoggerFactory.getLogger(RowRunner.class);

    private final TransactionTemplate transaction;

    RowRunner(PlatformTransactionManager transactions) {
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

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
