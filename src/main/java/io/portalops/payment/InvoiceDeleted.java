package io.portalops.payment;

/** An invoice was removed from a billing record (its file goes once the transaction commits). */
record InvoiceDeleted(long invoiceId, long billingRecordId, long productId, String sha256, long actorAccountId) {}
