package io.portalops.shared.ui.grid;

import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import io.portalops.shared.grid.SavedGridView;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The saved views menu above a grid: the user's own views (the default one starred), those shared with their roles,
 * "Save view…", the plain grid, and deleting the view in force. Picking a view opens its own URL.
 */
@StyleSheet("styles/grid-views.css")
public class SavedViewsMenu extends MenuBar {

    final MenuItem root;
    final List<MenuItem> viewItems = new ArrayList<>();

    @Nullable
    MenuItem save;

    @Nullable
    MenuItem delete;

    @Nullable
    MenuItem plain;

    private final GridViews<?> views;

    SavedViewsMenu(GridViews<?> views) {
        this.views = views;
        addClassName("saved-views-menu");
        addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        root = addItem("Views");
        root.setAriaLabel("Saved views");
    }

    /** Rebuilds the menu from the store: after each navigation, save and delete. */
    void refresh(List<SavedGridView> all, @Nullable SavedGridView active) {
        root.removeAll();
        root.add(VaadinIcon.BOOKMARK_O.create());
        root.add(active == null ? "Views" : "View: " + active.name());
        SubMenu menu = root.getSubMenu();
        menu.removeAll();
        viewItems.clear();
        boolean sharedHeader = false;
        for (SavedGridView view : all) {
            if (!view.mine() && !sharedHeader) {
                if (!viewItems.isEmpty()) {
                    menu.addSeparator();
                }
                MenuItem header = menu.addItem("Shared with you");
                header.setEnabled(false);
                sharedHeader = true;
            }
            String label = (view.isDefault() ? "★ " : "")
                    + view.name()
                    + (view.mine() ? (view.sharedWithRole() != null ? " (shared)" : "") : " · " + view.ownerName());
            MenuItem item = menu.addItem(label, click -> views.navigateTo(view));
            if (active != null && active.id() == view.id()) {
                item.addClassName("active-view");
            }
            viewItems.add(item);
        }
        if (!all.isEmpty()) {
            menu.addSeparator();
        }
        save = menu.addItem("Save view…", click -> views.openSaveDialog());
        plain = menu.addItem("Plain grid", click -> views.navigateToPlainGrid());
        delete = null;
        if (active != null) {
            delete = menu.addItem("Delete “" + active.name() + "”", click -> views.confirmDelete(active));
        }
    }

    /** The menu item of a view, by name (tests). */
    public @Nullable MenuItem item(String name) {
        return viewItems.stream()
                .filter(i -> i.getText().replace("★ ", "").startsWith(name))
                .findFirst()
                .orElse(null);
    }
}
