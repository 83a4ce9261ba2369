package io.portalops.shared.ui.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.shared.Registration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An Apache ECharts chart with a typed Java API: give it a {@link BarChart}, {@link LineChart} or {@link DonutChart}.
 * It renders as SVG, follows the light/dark switch, and a click on a point whose spec carries a link opens that link
 * (drill down). {@link #addPointClickListener} gets every click, with the point and its link.
 */
@Tag("portalops-chart")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./components/portalops-chart.ts")
public class Chart extends Component implements HasSize {

    private ChartSpec spec;

    public Chart(ChartSpec spec) {
        setSpec(spec);
        setWidthFull();
        setHeight("280px");
        getElement().getStyle().set("display", "block");
        addListener(PointClickEvent.class, event -> {
            if (event.link() != null) {
                Location location = new Location(event.link());
                getUI().ifPresent(ui -> ui.navigate(location.getPath(), location.getQueryParameters()));
            }
        });
    }

    public ChartSpec getSpec() {
        return spec;
    }

    public final void setSpec(ChartSpec spec) {
        this.spec = Objects.requireNonNull(spec, "spec");
        getElement().setPropertyJson("option", ChartOptions.of(spec));
        getElement().setAttribute("aria-label", spec.title());
        getElement().setAttribute("role", "img");
    }

    public Registration addPointClickListener(ComponentEventListener<PointClickEvent> listener) {
        return addListener(PointClickEvent.class, listener);
    }

    /** A click on a bar, point or slice: its series and data index, and the link the spec gives it. */
    @DomEvent("chart-click")
    public static class PointClickEvent extends ComponentEvent<Chart> {

        private final int seriesIndex;
        private final int dataIndex;

        public PointClickEvent(
                Chart source,
                boolean fromClient,
                @EventData("event.detail.seriesIndex") int seriesIndex,
                @EventData("event.detail.dataIndex") int dataIndex) {
            super(source, fromClient);
            this.seriesIndex = seriesIndex;
            this.dataIndex = dataIndex;
        }

        public int seriesIndex() {
            return seriesIndex;
        }

        public int dataIndex() {
            return dataIndex;
        }

        public @Nullable String link() {
            return getSource().getSpec().linkAt(seriesIndex, dataIndex);
        }
    }
}
