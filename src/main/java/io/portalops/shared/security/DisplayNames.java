package io.portalops.shared.security;

import java.util.Collection;
import java.util.Map;

/**
 * People's names for the usernames that records carry (revision authors, audit actors): screens show "Alice Approver",
 * never "approver". An interface here, implemented by the security module, so that any module may ask without
 * depending on it.
 */
public interface DisplayNames {

    /** The name to show for each given username; a username with no account (e.g. "system") maps to a readable label. */
    Map<String, String> of(Collection<String> usernames);
}
