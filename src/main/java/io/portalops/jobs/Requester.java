package io.portalops.jobs;

/** The admin who pressed "run now". */
record Requester(long accountId, String username) {}
