package io.portalops.contract;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

/** The two date-driven contract transitions, each a {@link ContractTransitionJob} with its own name and schedule. */
@Configuration(proxyBeanMethods = false)
class ContractTransitionJobs {

    /** Activates approved contracts whose start date has come. */
    @Bean
    ContractTransitionJob contractActivationJob(
            ContractRepository contracts, TransactionTemplate transaction, ApplicationEventPublisher events) {
        return new ContractTransitionJob(
                new ContractTransitionJob.Transition(
                        "contract-activation",
                        "Activate contracts",
                        "Moves approved contracts to Active on their start date.",
                        "0 5 0 * * *",
                        "Activated",
                        ContractStatus.APPROVED,
                        Contract::getStartDate,
                        ContractRepository::approvedStartingBy,
                        LifecycleAction.ACTIVATE,
                        c -> new ContractEvent.Activated(c.getId(), c.getNumber(), null)),
                contracts,
                transaction,
                events);
    }

    /**
     * Moves active contracts to Expired on their end date (ACTIVE --end date--> EXPIRED). A contract that auto-renews
     * expires too: renewing means a new contract through approval, which the renewal reminder asks for in time.
     */
    @Bean
    ContractTransitionJob contractExpiryJob(
            ContractRepository contracts, TransactionTemplate transaction, ApplicationEventPublisher events) {
        return new ContractTransitionJob(
                new ContractTransitionJob.Transition(
                        "contract-expiry",
                        "Expire contracts",
                        "Moves active contracts to Expired on their end date.",
                        "0 0 0 * * *",
                        "Expired",
                        ContractStatus.ACTIVE,
                        Contract::getEndDate,
                        ContractRepository::activeEndingBy,
                        LifecycleAction.EXPIRE,
                        c -> new ContractEvent.Expired(c.getId(), c.getNumber(), null)),
                contracts,
                transaction,
                events);
    }
}
