package io.portalops.payment.ui;

/** A service in the Payments filter. */
record ServiceOption(long id, String name) {}
