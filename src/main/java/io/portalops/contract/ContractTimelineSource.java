package io.portalops.contract;

import java.time.Instant;
import java.util.List;

/**
 * Lets other modules add entries to a contract's timeline without the contract module depending on them, e.g. the
 * events outside systems reported about the contract (#4). Implementations are Spring beans and apply their own scope.
 */
public interface ContractTimelineSource {

    List<Entry> entriesFor(long contractId);

    record Entry(Instant at, String what, String detail) {}
}
