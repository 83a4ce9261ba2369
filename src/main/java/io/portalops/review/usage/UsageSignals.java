package io.portalops.review.usage;

import io.portalops.directory.ActiveGrant;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import org.springframework.modulith.NamedInterface;

/**
 * The last use seen of each grant, for the snapshot's "last usage" and the "no use in 90 days" suggestion. The usage
 * loop (login and usage events, sign-in imports) provides the bean; without one the snapshot leaves last usage empty
 * and suggests revokes only for people who left. It is read once, at the start of a campaign.
 */
@NamedInterface("usage-signals")
public interface UsageSignals {

    /** Grant id to its last use; grants with no recorded use are left out. */
    Map<Long, Instant> lastUsed(Collection<ActiveGrant> grants);
}
