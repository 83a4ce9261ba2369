package io.portalops.contract;

/** A contract's id with its customer's id, for callers that only link to contracts. */
public record ContractKey(long id, long customerId) {}
