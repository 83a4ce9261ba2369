package io.portalops.shared.ui.grid;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/**
 * The one row above every grid (issue #22): saved views and the row count on the left, column, bulk and help
 * controls on the right. Each grid power adds its control here, so a grid view holds exactly one toolbar and the
 * powers line up the same way on every grid.
 */
public class GridToolbar extends HorizontalLayout {

    private final HorizontalLayout start = new HorizontalLayout();
    private final HorizontalLayout end = new HorizontalLayout();

    public GridToolbar() {
        addClassName("grid-toolbar");
        setWidthFull();
        setPadding(false);
        setAlignItems(FlexComponent.Alignment.CENTER);
        start.setPadding(false);
        start.setAlignItems(FlexComponent.Alignment.CENTER);
        end.setPadding(false);
        end.setAlignItems(FlexComponent.Alignment.CENTER);
        // on a phone the controls go onto a second line rather than off the screen
        setWrap(true);
        start.setWrap(true);
        end.setWrap(true);
        add(start, end);
        setFlexGrow(1, start);
    }

    /** Adds controls on the left (saved views, the count of matching rows). */
    public GridToolbar addStart(Component... components) {
        start.add(components);
        return this;
    }

    /** Adds controls on the right (columns, bulk actions, help). */
    public GridToolbar addEnd(Component... components) {
        end.add(components);
        return this;
    }
}
