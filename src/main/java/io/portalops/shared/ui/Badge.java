package io.portalops.shared.ui;

import com.vaadin.flow.component.html.Span;

/** A small Lumo pill badge; the variant is a Lumo badge theme such as success, warning, error or contrast. */
public final class Badge {

    private Badge() {}

    public static Span of(String label, String variant) {
        Span badge = new Span(label);
        badge.getElement().getThemeList().add("badge pill small " + variant);
        return badge;
    }
}
