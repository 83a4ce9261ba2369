package io.portalops.shared.ui;

import java.util.Optional;

/**
 * A small count next to a navigation item, e.g. the contracts waiting for the signed-in approver. Modules provide
 * Spring beans; the layout asks them for each menu path after every navigation.
 */
public interface NavBadgeProvider {

    /** The badge text for the menu item at {@code path} (no leading slash), or empty for none. */
    Optional<String> badgeFor(String path);
}
