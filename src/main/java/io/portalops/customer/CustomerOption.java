package io.portalops.customer;

/** A customer to choose in a picker: enough to recognise it, nothing personal. */
public record CustomerOption(long id, String name, String externalRef) {}
