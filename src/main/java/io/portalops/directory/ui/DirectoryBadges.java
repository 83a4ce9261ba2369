package io.portalops.directory.ui;

import com.vaadin.flow.component.html.Span;
import io.portalops.directory.EmploymentStatus;
import io.portalops.directory.GrantStatus;

/** The status pills of people and grants, the same in every directory screen. */
final class DirectoryBadges {

    private DirectoryBadges() {}

    static Span employment(EmploymentStatus status) {
        return badge(
                status.label(),
                switch (status) {
                    case PENDING_START -> "contrast";
                    case ACTIVE -> "success";
                    case LEAVING -> "warning";
                    case LEFT -> "error";
                });
    }

    static Span grant(GrantStatus status) {
        return badge(
                status.label(),
                switch (status) {
                    case REQUESTED -> "contrast";
                    case ACTIVE -> "success";
                    case REVOKED -> "error";
                });
    }

    private static Span badge(String text, String variant) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge pill small " + variant);
        return badge;
    }
}
