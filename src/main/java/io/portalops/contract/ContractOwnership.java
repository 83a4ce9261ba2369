package io.portalops.contract;

/** A contract's id and the customer it belongs to, for producers that name contracts by number. */
public record ContractOwnership(long contractId, long customerId) {}
