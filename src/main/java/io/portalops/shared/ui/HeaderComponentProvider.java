package io.portalops.shared.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A component in the header of every signed-in view, e.g. the notification bell. Modules provide Spring beans (ordered
 * with {@code @Order}); the layout asks each for a fresh component when it is created, once per browser tab, and
 * places them before the light/dark switch.
 */
public interface HeaderComponentProvider {

    /** A new component for one layout instance, or empty when there is none for the signed-in user. */
    Optional<Component> create();
}
