package io.portalops.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import io.portalops.shared.ui.chart.Chart;
import io.portalops.shared.ui.chart.ChartSpec;

/**
 * A titled part of the dashboard: a row of tiles and a grid of panels (charts, lists). Both wrap to the window's
 * width, so on a narrow window the tiles and panels stack in one column.
 */
class DashboardSection extends Section {

    private final Div tiles = new Div();
    private final Div panels = new Div();

    DashboardSection(String title, String id) {
        addClassName("dashboard-section");
        setId(id);
        tiles.addClassName("kpi-tiles");
        panels.addClassName("dashboard-panels");
        add(new H3(title), tiles, panels);
    }

    DashboardSection tile(Component tile) {
        tiles.add(tile);
        return this;
    }

    /** A chart panel, or a line saying there is nothing to chart yet. */
    DashboardSection chart(ChartSpec spec, Component... above) {
        Div panel = panel(spec.title());
        panel.add(above);
        if (spec.isEmpty()) {
            Paragraph none = new Paragraph("Nothing to show for this period.");
            none.addClassName("panel-empty");
            panel.add(none);
        } else {
            panel.add(new Chart(spec));
        }
        return this;
    }

    DashboardSection panel(String title, Component... content) {
        panel(title).add(content);
        return this;
    }

    private Div panel(String title) {
        Div panel = new Div();
        panel.addClassName("dashboard-panel");
        panel.add(new H4(title));
        panels.add(panel);
        return panel;
    }
}
