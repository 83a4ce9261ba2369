package io.portalops.payment;

/** An invoice file was stored for a billing record. */
record InvoiceUploaded(long invoiceId, long billingRecordId, long productId, String sha256, long actorAccountId) {}
