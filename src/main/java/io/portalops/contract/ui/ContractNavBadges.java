package io.portalops.contract.ui;

import io.portalops.contract.ContractService;
import io.portalops.security.CurrentUserProvider;
import io.portalops.security.Role;
import io.portalops.shared.ui.NavBadgeProvider;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The number of contracts waiting for the signed-in approver, next to Contracts in the navigation. */
@Component
class ContractNavBadges implements NavBadgeProvider {

    private final ContractService contracts;
    private final CurrentUserProvider currentUser;

    ContractNavBadges(ContractService contracts, CurrentUserProvider currentUser) {
        this.contracts = contracts;
        this.currentUser = currentUser;
    }

    @Override
    public Optional<String> badgeFor(String path) {
        if (!"contracts".equals(path)
                || !currentUser.find().map(u -> u.has(Role.APPROVER)).orElse(false)) {
            return Optional.empty();
        }
        long waiting = contracts.awaitingMyDecision();
        return waiting == 0 ? Optional.empty() : Optional.of(Long.toString(waiting));
    }
}
