package io.portalops.contract.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import io.portalops.contract.ContractStatus;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/** Status badges, the flag marker and date formats the contract screens share. */
final class ContractBadges {

    static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private ContractBadges() {}

    static Span status(ContractStatus status) {
        Span badge = new Span(status.label());
        String variant = switch (status) {
            case DRAFT -> "contrast";
            case PENDING_APPROVAL -> "";
            case APPROVED, ACTIVE -> "success";
            case EXPIRED -> "contrast";
            case TERMINATED, REJECTED -> "error";
        };
        badge.getElement().getThemeList().add(("badge pill small " + variant).strip());
        badge.addClassName("contract-status");
        return badge;
    }

    static Span flag(boolean flagged) {
        Span marker = new Span();
        if (flagged) {
            Icon icon = VaadinIcon.FLAG.create();
            icon.setColor("var(--lumo-error-color)");
            icon.setSize("var(--lumo-icon-size-s)");
            marker.add(icon);
            marker.getElement().setAttribute("title", "Flagged");
            marker.getElement().setAttribute("aria-label", "Flagged");
            marker.addClassName("flag-marker");
        }
        return marker;
    }

    static String when(@Nullable Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }
}
