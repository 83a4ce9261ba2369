package io.portalops.inventory.ui;

import com.vaadin.flow.component.html.Span;
import io.portalops.inventory.ServiceStatus;
import io.portalops.shared.ui.Badge;

final class ServiceBadges {

    private ServiceBadges() {}

    static Span status(ServiceStatus status) {
        return Badge.of(
                status.label(),
                switch (status) {
                    case ACTIVE -> "success";
                    case EVALUATING -> "contrast";
                    case RETIRED -> "error";
                });
    }
}
