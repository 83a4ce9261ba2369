package io.portalops.customer;

/** An administrator handed a customer to another account manager; their contracts follow (#3). */
public record CustomerOwnerChanged(long customerId, long newOwnerId) {}
