package io.portalops.contract;

import io.portalops.jobs.ScheduledJob;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily job that moves contracts from one status to the next when their date has come: activation on the start
 * date, expiry on the end date ({@link ContractTransitionJobs} makes the two). Tests call {@link #run(Clock)} with a
 * fixed clock. Each contract changes in its own transaction, so one failure does not hold back the rest; the row is
 * re-read under lock, so a contract changed meanwhile is left alone.
 */
class ContractTransitionJob implements ScheduledJob {

    private static final Logger log = LoggerFactory.getLogger(ContractTransitionJob.class);

    /**
     * One transition: the job's name, title, description and cron as the Jobs screen shows them, the verb of its
     * result line, the status a contract leaves, its due date, the ids due by a day, the action, and the event.
     */
    record Transition(
            String name,
            String title,
            String description,
            String defaultCron,
            String verb,
            ContractStatus from,
            Function<Contract, LocalDate> dueDate,
            BiFunction<ContractRepository, LocalDate, List<Long>> dueBy,
            LifecycleAction action,
            Function<Contract, ContractEvent> event) {}

    private final Transition transition;
    private final ContractRepository contracts;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;

    ContractTransitionJob(
            Transition transition,
            ContractRepository contracts,
            TransactionTemplate transaction,
            ApplicationEventPublisher events) {
        this.transition = transition;
        this.contracts = contracts;
        this.transaction = transaction;
        this.events = events;
    }

    @Override
    public String name() {
        return transition.name();
    }

    @Override
    public String title() {
        return transition.title();
    }

    @Override
    public String description() {
        return transition.description();
    }

    @Override
    public String defaultCron() {
        return transition.defaultCron();
    }

    @Override
    public String execute(Clock clock) {
        return transition.verb() + " " + run(clock) + " contracts";
    }

    /** Returns how many contracts it moved. */
    public int run(Clock clock) {
        LocalDate today = LocalDate.now(clock);
        int moved = 0;
        for (long id : transition.dueBy().apply(contracts, today)) {
            Boolean done = transaction.execute(status -> contracts
                    .findForUpdate(id)
                    .filter(c -> c.getStatus() == transition.from()
                            && !transition.dueDate().apply(c).isAfter(today))
                    .map(c -> {
                        c.apply(transition.action(), clock.instant());
                        events.publishEvent(transition.event().apply(c));
                        return true;
                    })
                    .orElse(false));
            if (Boolean.TRUE.equals(done)) {
                moved++;
            }
        }
        if (moved > 0) {
            log.info("{}: {} {} contracts due by {}", transition.name(), transition.verb(), moved, today);
        }
        return moved;
    }
}
