package io.portalops.shared.jobs;

/** The admin who pressed "run now". */
record Requester(long accountId, String username) {
}
