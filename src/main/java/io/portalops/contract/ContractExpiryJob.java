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
 * Moves active contracts to Expired on their end date (the design's "ACTIVE --end date--> EXPIRED"). A contract that
 * auto-renews expires too: renewing means a new contract through approval, which the renewal reminder asks for in time.
 * Each contract expires in its own transaction, so one failure does not hold back the rest.
 */
@Component
public class ContractExpiryJob implements ScheduledJob {

    private static final Logger log = LoggerFactory.getLogger(ContractExpiryJob.class);

    private final ContractRepository contracts;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;

    ContractExpiryJob(ContractRepository contracts, TransactionTemplate transaction, ApplicationEventPublisher events) {
        this.contracts = contracts;
        this.transaction = transaction;
        this.events = events;
    }

    @Override
    public String name() {
        return "contract-expiry";
    }

    @Override
    public String title() {
        return "Expire contracts";
    }

    @Override
    public String description() {
        return "Moves active contracts to Expired on their end date.";
    }

    @Override
    public String defaultCron() {
        return "0 0 0 * * *";
    }

    @Override
    public String execute(Clock clock) {
        return "Expired " + run(clock) + " contracts";
    }

    /** Returns how many contracts it expired. */
    public int run(Clock clock) {
        LocalDate today = LocalDate.now(clock);
        int expired = 0;
        for (long id : contracts.activeEndingBy(today)) {
            Boolean done = transaction.execute(status -> contracts.findForUpdate(id)
                    .filter(c -> c.getStatus() == ContractStatus.ACTIVE && !c.getEndDate().isAfter(today))
                    .map(c -> {
                        c.apply(LifecycleAction.EXPIRE, clock.instant());
                        events.publishEvent(new ContractEvent.Expired(c.getId(), c.getNumber(), null));
                        return true;
                    }).orElse(false));
            if (Boolean.TRUE.equals(done)) {
                expired++;
            }
        }
        if (expired > 0) {
            log.info("Expired {} contracts ending by {}", expired, today);
        }
        return expired;
    }
}
