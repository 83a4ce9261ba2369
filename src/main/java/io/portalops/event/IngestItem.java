package io.portalops.event;

import io.portalops.contract.ContractOwnership;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One submitted item on its way through the checks: what the first checks found, and once its customer, contract and
 * payload resolve, the row to store. Any reason rejects it.
 */
record IngestItem(
        @Nullable EventSubmission event,
        @Nullable Instant occurredAt,
        @Nullable String payload,
        List<String> reasons,
        EventRows.@Nullable Row row) {

    boolean valid() {
        return reasons.isEmpty();
    }

    /** The event of an item that passed the first checks, which never lack one. */
    EventSubmission checkedEvent() {
        return Objects.requireNonNull(event, "an item that passed the first checks has its event");
    }

    /** The row of a valid item after {@link #resolve}: resolving either adds a reason or sets the row. */
    EventRows.Row resolvedRow() {
        return Objects.requireNonNull(row, "a valid resolved item has its row");
    }

    /** Resolves a checked item to its row, or adds why it cannot be stored. */
    static IngestItem resolve(
            IngestItem item,
            Map<String, Long> customerIds,
            Map<String, ContractOwnership> contractIds,
            EventTypes.PayloadChecks payloadChecks) {
        // resolve is called for items that passed the first checks: their event, its ids and type, the time and the
        // payload are all present (SubmissionChecks rejects an item that lacks one)
        EventSubmission event = item.checkedEvent();
        Instant occurredAt = Objects.requireNonNull(item.occurredAt());
        String payload = Objects.requireNonNull(item.payload());
        String type = Objects.requireNonNull(event.type());
        // SubmissionChecks let an item without a customer through only as a company usage event (ADR 055)
        Long customerId = null;
        if (hasCustomer(event)) {
            customerId = customerIds.get(event.customerRef());
            if (customerId == null) {
                item.reasons()
                        .add("customerRef: no customer has the external reference '" + event.customerRef() + "'.");
                return item;
            }
        }
        Long contractId = null;
        if (hasContract(event)) {
            ContractOwnership contract = contractIds.get(event.contractNumber());
            if (contract == null || customerId == null || contract.customerId() != customerId) {
                item.reasons()
                        .add("contractNumber: no contract " + event.contractNumber() + " belongs to this customer.");
                return item;
            }
            contractId = contract.contractId();
        }
        item.reasons().addAll(payloadChecks.violations(type, Objects.requireNonNull(event.payload())));
        return new IngestItem(
                event,
                occurredAt,
                payload,
                item.reasons(),
                new EventRows.Row(
                        occurredAt,
                        Objects.requireNonNull(event.source()),
                        Objects.requireNonNull(event.eventId()),
                        type,
                        customerId,
                        contractId,
                        payload,
                        blankToNull(event.personRef()),
                        blankToNull(event.productRef())));
    }

    private static @Nullable String blankToNull(@Nullable String ref) {
        return ref == null || ref.isBlank() ? null : ref.strip();
    }

    static boolean hasCustomer(EventSubmission event) {
        return event.customerRef() != null && !event.customerRef().isBlank();
    }

    static boolean hasContract(EventSubmission event) {
        return event.contractNumber() != null && !event.contractNumber().isBlank();
    }
}
