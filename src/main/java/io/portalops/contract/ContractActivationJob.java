package io.portalops.contract;

import io.portalops.shared.jobs.ScheduledJob;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Activates approved contracts whose start date has come. Runs daily as a {@link ScheduledJob}; tests call
 * {@link #run(Clock)} with a fixed clock. Each contract activates in its own transaction, so one failure does not hold back the rest.
 */
@Component
public class ContractActivationJob implements ScheduledJob {

    private static final Logger log = LoggerFactory.getLogger(ContractActivationJob.class);

    private final ContractRepository contracts;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;

    ContractActivationJob(ContractRepository contracts, TransactionTemplate transaction, ApplicationEventPublisher events) {
        this.contracts = contracts;
        this.transaction = transaction;
        this.events = events;
    }

    @Override
    public String name() {
        return "contract-activation";
    }

    @Override
    public String title() {
        return "Activate contracts";
    }

    @Override
    public String description() {
        return "Moves approved contracts to Active on their start date.";
    }

    @Override
    public String defaultCron() {
        return "0 5 0 * * *";
    }

    @Override
    public String execute(Clock clock) {
        return "Activated " + run(clock) + " contracts";
    }

    /** Returns how many contracts it activated. */
    public int run(Clock clock) {
        LocalDate today = LocalDate.now(clock);
        int activated = 0;
        for (long id : contracts.approvedStartingBy(today)) {
            Boolean done = transaction.execute(status -> contracts.findForUpdate(id)
                    .filter(c -> c.getStatus() == ContractStatus.APPROVED && !c.getStartDate().isAfter(today))
                    .map(c -> {
                        c.apply(LifecycleAction.ACTIVATE, clock.instant());
                        events.publishEvent(new ContractEvent.Activated(c.getId(), c.getNumber(), null));
                        return true;
                    }).orElse(false));
            if (Boolean.TRUE.equals(done)) {
                activated++;
            }
        }
        if (activated > 0) {
            log.info("Activated {} contracts starting by {}", activated, today);
        }
        return activated;
    }
}
