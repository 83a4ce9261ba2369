package io.portalops.customer.ui;

import com.vaadin.flow.component.Component;
import org.springframework.modulith.NamedInterface;

/**
 * A tab another module adds to the customer detail screen, e.g. the customer's contracts (#3). Implementations are
 * Spring beans; each decides whether the current user may see it.
 */
@NamedInterface("customer-detail-section")
public interface CustomerDetailSection {

    String title();

    /** Order among the tabs after Details and History. */
    default int order() {
        return 100;
    }

    boolean isVisibleToCurrentUser();

    Component create(long customerId);
}
