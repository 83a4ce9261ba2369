package io.portalops.contract;

import io.portalops.customer.CustomerOwnerChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Contracts follow their customer to its new account manager. */
@Component
class ContractOwnerFollower {

    private final ContractRepository contracts;

    ContractOwnerFollower(ContractRepository contracts) {
        this.contracts = contracts;
    }

    @ApplicationModuleListener
    void onCustomerOwnerChanged(CustomerOwnerChanged event) {
        contracts.reassignOwner(event.customerId(), event.newOwnerId());
    }
}
