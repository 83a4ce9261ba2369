package io.portalops.event;

import java.util.List;

/**
 * Published when stored usage events (see {@link EventSubmission}) commit: the signals of one batch, at most
 * {@link EventIngestion#MAX_BATCH}. A duplicate event is not stored again and so is not announced again.
 */
public record UsageSignalled(List<UsageSignal> signals) {

    public UsageSignalled {
        signals = List.copyOf(signals);
    }
}
