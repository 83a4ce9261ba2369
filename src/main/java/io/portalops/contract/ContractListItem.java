package io.portalops.contract;

import io.portalops.shared.Money;
import java.time.LocalDate;

public record ContractListItem(
        long id,
        String number,
        String title,
        ContractType type,
        long customerId,
        String customerName,
        Money value,
        LocalDate startDate,
        LocalDate endDate,
        ContractStatus status,
        long ownerId,
        String ownerName,
        boolean flagged) {}
