package io.portalops.export.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import io.portalops.export.ExportFormat;
import io.portalops.export.ExportQuery;
import io.portalops.export.Exports;
import io.portalops.export.GridExportSource;
import io.portalops.shared.ui.Notifications;
import java.util.function.Supplier;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The "Export" menu of a grid: CSV or Excel of exactly what the grid shows (its filters, sort, row scope and
 * masking), written in the background with its progress in a dialog, then downloaded with its signature. Each grid
 * view supplies its current query; shared by every module's grids, hence the named interface.
 */
@NamedInterface("export-menu")
public class ExportMenu extends MenuBar {

    final MenuItem csv;
    final MenuItem xlsx;

    private final Supplier<ExportQuery> query;

    private final GridExportSource source;

    /** {@code query} gives the grid's current query when the user picks a format. */
    public ExportMenu(Exports exports, GridExportSource source, Supplier<ExportQuery> query) {
        this.query = query;
        this.source = source;
        addClassName("export-menu");
        addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        MenuItem export = addItem(VaadinIcon.DOWNLOAD_ALT.create());
        export.add("Export");
        export.setAriaLabel("Export");
        csv = export.getSubMenu().addItem("CSV (.csv)", click -> open(exports, query, ExportFormat.CSV));
        xlsx = export.getSubMenu().addItem("Excel (.xlsx)", click -> open(exports, query, ExportFormat.XLSX));
    }

    /** Shown only to those who may export this grid; the service refuses the others anyway. */
    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        setVisible(authentication != null
                && authentication.getAuthorities().stream()
                        .anyMatch(a -> source.roles().contains(a.getAuthority().replaceFirst("^ROLE_", ""))));
    }

    private void open(Exports exports, Supplier<ExportQuery> query, ExportFormat format) {
        try {
            ExportQuery current = query.get();
            new ExportDialog(exports, current, format, exports.start(current, format)).open();
        } catch (AccessDeniedException e) {
            Notifications.error(e.getMessage());
        }
    }
}
