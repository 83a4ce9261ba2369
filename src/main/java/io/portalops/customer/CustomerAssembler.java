package io.portalops.customer;

import io.portalops.security.AccountService;
import io.portalops.security.AccountSummary;
import io.portalops.security.CurrentUser;
import io.portalops.security.Role;
import io.portalops.shared.crypto.Masking;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Turns customer rows into the records the service returns: owner names looked up once per page, PII masked. */
@Component
class CustomerAssembler {

    private final CustomerPii pii;
    private final AccountService accounts;

    CustomerAssembler(CustomerPii pii, AccountService accounts) {
        this.pii = pii;
        this.accounts = accounts;
    }

    List<CustomerListItem> listItems(List<Customer> rows) {
        Map<Long, AccountSummary> owners =
                accounts.summaries(rows.stream().map(Customer::getOwnerId).collect(Collectors.toSet()));
        return rows.stream()
                .map(c -> new CustomerListItem(
                        c.getId(),
                        c.getExternalRef(),
                        c.getName(),
                        c.getKind(),
                        Masking.email(pii.email(c)),
                        c.getCountry(),
                        c.getSegment(),
                        c.getStatus(),
                        c.getOwnerId(),
                        ownerName(owners, c.getOwnerId()),
                        c.getUpdatedAt()))
                .toList();
    }

    CustomerDetails details(Customer c, CurrentUser user) {
        String owner = ownerName(accounts.summaries(Set.of(c.getOwnerId())), c.getOwnerId());
        boolean editable = CustomerOwnership.editable(c, user);
        return new CustomerDetails(
                c.getId(),
                c.getExternalRef(),
                c.getName(),
                c.getKind(),
                Masking.lastFour(pii.nationalId(c)),
                Masking.email(pii.email(c)),
                c.getPhone(),
                c.getAddress(),
                c.getCountry(),
                c.getSegment(),
                c.getStatus(),
                c.getOwnerId(),
                owner,
                c.getCreatedAt(),
                c.getUpdatedAt(),
                c.getVersion(),
                editable,
                user.has(Role.ADMIN));
    }

    static CustomerOption option(Customer c) {
        return new CustomerOption(c.getId(), c.getName(), c.getExternalRef());
    }

    private static String ownerName(Map<Long, AccountSummary> owners, long ownerId) {
        AccountSummary owner = owners.get(ownerId);
        return owner == null ? "#" + ownerId : owner.displayName();
    }
}
