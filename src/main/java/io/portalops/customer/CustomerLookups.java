package io.portalops.customer;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads for other modules' services (the event log and ingestion, contract listings), like {@code DirectoryLookups}:
 * ids and names only, never a customer's details or personal data, so no owner scope applies beyond the caller's role.
 * Views and the customer API go through {@link CustomerService}, which scopes every read to the caller.
 */
@Service
public class CustomerLookups {

    private final CustomerRepository customers;

    CustomerLookups(CustomerRepository customers) {
        this.customers = customers;
    }

    /** For event producers (API clients, no account) and an ADMIN replaying dead letters: external reference to customer id, for those that exist. */
    @PreAuthorize("hasAnyAuthority('SCOPE_events:write', 'ROLE_ADMIN')")
    @Transactional(readOnly = true)
    public Map<String, Long> idsForProducer(Collection<String> externalRefs) {
        if (externalRefs.isEmpty()) {
            return Map.of();
        }
        return customers.idsByExternalRefs(Set.copyOf(externalRefs)).stream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> (Long) row[1]));
    }

    /** Every customer id, ascending, for producers that report about all customers (such as the demo event generator). */
    @PreAuthorize("hasAnyAuthority('SCOPE_events:write', 'ROLE_ADMIN')")
    @Transactional(readOnly = true)
    public long[] allIdsForProducer() {
        return customers.allIds().stream().mapToLong(Long::longValue).toArray();
    }

    /** Names of customers for display next to rows the caller already may see (e.g. their contracts). */
    @PreAuthorize(CustomerService.READERS)
    @Transactional(readOnly = true)
    public Map<Long, String> names(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return customers.findAllById(Set.copyOf(ids)).stream()
                .collect(Collectors.toMap(Customer::getId, Customer::getName));
    }
}
