package io.portalops.security;

/**
 * Published when sign-ins of an account were ended, so that each node can close the browser sessions it holds at once,
 * Push connections included, instead of at their next request. Delivered after commit.
 */
public record SignInsEnded(long accountId) {}
