package io.portalops.event;

import io.portalops.contract.ContractOwnership;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One submitted item on its way through the checks: what the first checks found, and once its customer, contract and
 * payload resolve, the row to store. Any reason rejects it.
 */
record IngestItem(@Nullable EventSubmission event, @Nullable Instant occurredAt, @Nullable String payload, List<String> reasons,
        EventRows.@Nullable Row row) {

    boolean valid() {
        return reasons.isEmpty();
    }

    /** Resolves a checked item to its row, or adds why it cannot be stored. */
    static IngestItem resolve(IngestItem item, Map<String, Long> customerIds, Map<String, ContractOwnership> contractIds,
            EventTypes.PayloadChecks payloadChecks) {
        EventSubmission event = item.event();
        Long customerId = customerIds.get(event.customerRef());
        if (customerId == null) {
            item.reasons().add("customerRef: no customer has the external reference '" + event.customerRef() + "'.");
            return item;
        }
        Long contractId = null;
        if (hasContract(event)) {
            ContractOwnership contract = contractIds.get(event.contractNumber());
            if (contract == null || contract.customerId() != customerId) {
                item.reasons().add("contractNumber: no contract " + event.contractNumber() + " belongs to this customer.");
                return item;
            }
            contractId = contract.contractId();
        }
        item.reasons().addAll(payloadChecks.violations(event.type(), event.payload()));
        return new IngestItem(event, item.occurredAt(), item.payload(), item.reasons(), new EventRows.Row(item.occurredAt(),
                event.source(), event.eventId(), event.type(), customerId, contractId, item.payload()));
    }

    static boolean hasContract(EventSubmission event) {
        return event.contractNumber() != null && !event.contractNumber().isBlank();
    }
}
