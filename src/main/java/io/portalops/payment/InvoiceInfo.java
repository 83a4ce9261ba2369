package io.portalops.payment;

import io.portalops.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An invoice of a billing record: what was entered with it and what the server recorded about the file. */
public record InvoiceInfo(
        long id,
        long billingRecordId,
        @Nullable String number,
        LocalDate invoiceDate,
        Money amount,
        String fileName,
        String contentType,
        long sizeBytes,
        String sha256,
        String uploadedByName,
        Instant uploadedAt) {}
