package io.portalops.customer;

import com.vaadin.flow.component.Component;

/**
 * A tab another module adds to the customer detail screen, e.g. the customer's contracts (#3). Implementations are
 * Spring beans; each decides whether the current user may see it.
 */
public interface CustomerDetailSection {

    String title();

    /** Order among the tabs after Details and History. */
    default int order() {
        return 100;
    }

    boolean isVisibleToCurrentUser();

    Component create(long customerId);
}
