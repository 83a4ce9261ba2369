package io.portalops.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.jspecify.annotations.Nullable;

/**
 * One figure: a label, a big value and a line of detail. With a link the whole tile opens the matching grid, already
 * filtered (a router link, so the app navigates without reloading); {@code attention} colours it as needing action.
 */
final class Tile {

    private Tile() {}

    static Component of(String label, String value, @Nullable String detail, @Nullable String link, boolean attention) {
        Component tile;
        if (link != null) {
            Anchor anchor = new Anchor(link);
            anchor.getElement().setAttribute("router-link", true);
            anchor.getElement()
                    .setAttribute("aria-label", label + ": " + value + (detail == null ? "" : ", " + detail));
            tile = anchor;
        } else {
            tile = new Div();
        }
        tile.getElement().getClassList().add("kpi-tile");
        tile.getElement().getClassList().set("attention", attention);
        tile.getElement()
                .appendChild(
                        span(label, "kpi-label").getElement(),
                        span(value, "kpi-value").getElement());
        if (detail != null) {
            tile.getElement().appendChild(span(detail, "kpi-detail").getElement());
        }
        return tile;
    }

    private static Span span(String text, String className) {
        Span span = new Span(text);
        span.addClassName(className);
        return span;
    }
}
