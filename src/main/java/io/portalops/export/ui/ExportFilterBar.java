package io.portalops.export.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.QueryParameters;
import io.portalops.export.ExportFilter;
import io.portalops.export.ExportFormat;
import io.portalops.export.ExportStatus;
import io.portalops.shared.ui.grid.FilterBar;
import io.portalops.shared.ui.grid.UrlQuery;
import java.util.Locale;

/** The Exports grid's filters; their values travel in the URL like every other grid's. */
class ExportFilterBar extends FilterBar {

    final TextField grid = new TextField();
    final TextField who = new TextField();
    final ComboBox<ExportFormat> format = new ComboBox<>();
    final ComboBox<ExportStatus> status = new ComboBox<>();

    ExportFilterBar(Runnable onChange) {
        super(onChange);
        grid.setPlaceholder("e.g. contracts");
        who.setPlaceholder("Username");
        for (TextField field : new TextField[] {grid, who}) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.setMaxLength(100);
        }
        format.setItems(ExportFormat.values());
        format.setItemLabelGenerator(f -> f.extension().toUpperCase(Locale.ROOT));
        status.setItems(ExportStatus.values());
        status.setItemLabelGenerator(ExportsView::statusLabel);
        filter("Grid", grid);
        filter("Exported by", who);
        filter("Format", format);
        filter("Status", status);
    }

    ExportFilter value() {
        return new ExportFilter(grid.getValue(), who.getValue(), format.getValue(), status.getValue());
    }

    QueryParameters toQueryParameters() {
        return UrlQuery.write()
                .put("grid", grid.getValue())
                .put("who", who.getValue())
                .put("format", format.getValue())
                .put("status", status.getValue())
                .toParameters();
    }

    void apply(QueryParameters parameters) {
        UrlQuery query = UrlQuery.of(parameters);
        grid.setValue(limit(query.text("grid")));
        who.setValue(limit(query.text("who")));
        format.setValue(query.enumValue("format", ExportFormat.class));
        status.setValue(query.enumValue("status", ExportStatus.class));
    }

    private static String limit(String text) {
        return text.length() > 100 ? text.substring(0, 100) : text;
    }
}
