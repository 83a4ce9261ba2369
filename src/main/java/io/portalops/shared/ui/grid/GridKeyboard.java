package io.portalops.shared.ui.grid;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.CellFocusEvent;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The grid shortcuts of issue #22, installed the same way on every grid: Enter opens the focused row or sorts by the
 * focused header, {@code /} jumps to the first filter, Esc clears the focused filter (see {@link FilterBar}), and
 * {@code ?} (or the help button) lists them.
 *
 * <p>vaadin-grid itself sorts a focused header on Space (its keyup clicks the sorter) and on Enter only enters the
 * cell's content, so Enter is added here. The browser filters the keys (the {@code *_KEY} expressions), so only
 * those presses reach the server, and {@code /} and {@code ?} are ignored while the user types in a field.
 */
public final class GridKeyboard<T> {

    private static final String NOT_TYPING = "!event.composedPath().some(n => n.localName === 'input'"
            + " || n.localName === 'textarea' || n.isContentEditable)";
    /** Enter on a grid cell itself, not on a button or field inside one (those keep their own Enter). */
    public static final String ENTER_KEY = "event.key === 'Enter' && !event.ctrlKey && !event.altKey"
            + " && ['td', 'th', 'tr'].includes(event.composedPath()[0].localName)";

    public static final String SLASH_KEY =
            "event.key === '/' && " + NOT_TYPING + " && (event.preventDefault() || true)";
    public static final String HELP_KEY = "event.key === '?' && " + NOT_TYPING;
    /**
     * What the window's keydown listener (see {@link #listenForEscape}) dispatches on a filter field when Esc
     * is pressed in it while its list or calendar is closed.
     */
    public static final String ESCAPE_EVENT = "filter-escape";

    /**
     * Esc is caught in the capture phase on the window, before anything on the page sees it. A Vaadin text field, date
     * picker or combo box with a clear button handles Esc in its own keydown handler and stops its propagation there;
     * and a field focused from the keyboard shows its tooltip, whose own capture listener on the document takes the
     * first Esc (to close the tooltip) and stops it before it reaches the field or its filter bar: measured in Chromium,
     * where a listener on the bar never saw the key. The window sees the key first; it asks the field itself whether its
     * list is open (the keydown's target is the inner input, which has no {@code opened}), and if not, re-dispatches Esc
     * on the field as one plain event. Installed once per window, whichever filter bar attaches first.
     */
    static final String ESCAPE_SCRIPT =
            "if (window.__portalopsFilterEscape) { return; } window.__portalopsFilterEscape = true;"
                    + "window.addEventListener('keydown', e => {"
                    + " if (e.key !== 'Escape' || e.ctrlKey || e.altKey || e.metaKey) { return; }"
                    + " const field = e.composedPath().find(n => n.classList && n.classList.contains('filter-field'));"
                    + " if (!field || field.opened) { return; }"
                    + " field.dispatchEvent(new CustomEvent('" + ESCAPE_EVENT + "'));"
                    + "}, true);";

    /** The shortcuts as the help lists them. */
    public static final List<List<String>> SHORTCUTS = List.of(
            List.of("Enter", "Open the focused row; on a column header, sort by it"),
            List.of("Space", "On a column header, sort by it"),
            List.of("↑ ↓ ← →", "Move between cells"),
            List.of("/", "Go to the first filter"),
            List.of("Esc", "Clear the filter you are in"),
            List.of("?", "Show this list"));

    private final Grid<T> grid;
    private final @Nullable FilterBar filters;
    private final Consumer<T> opener;
    private final Button help = new Button(VaadinIcon.KEYBOARD.create());
    private final Popover popover = new Popover();
    private final List<Registration> onUi = new ArrayList<>();
    private @Nullable T focusedItem;
    private Grid.@Nullable Column<T> focusedHeader;

    private GridKeyboard(Grid<T> grid, @Nullable FilterBar filters, Consumer<T> opener) {
        this.grid = grid;
        this.filters = filters;
        this.opener = opener;
        help.addClassName("grid-keyboard-help");
        help.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        help.setAriaLabel("Keyboard shortcuts");
        help.setTooltipText("Keyboard shortcuts (?)");
        popover.setTarget(help);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.setAriaLabel("Keyboard shortcuts");
        popover.addClassName("grid-keyboard-popover");
        popover.add(new H4("Keyboard shortcuts"));
        Div list = new Div();
        list.addClassName("shortcut-list");
        for (List<String> shortcut : SHORTCUTS) {
            Span key = new Span(shortcut.get(0));
            key.addClassName("shortcut-key");
            list.add(key, new Span(shortcut.get(1)));
        }
        popover.add(list);
    }

    /**
     * Installs the shortcuts on {@code grid}; {@code opener} opens a row (the same as a click on it). Put
     * {@link #helpButton()} in the grid's toolbar. {@code filters} may be null for a grid without filters.
     */
    public static <T> GridKeyboard<T> install(Grid<T> grid, @Nullable FilterBar filters, Consumer<T> opener) {
        GridKeyboard<T> keyboard = new GridKeyboard<>(grid, filters, opener);
        grid.addCellFocusListener(keyboard::focused);
        grid.getElement().addEventListener("keydown", event -> keyboard.enter()).setFilter(ENTER_KEY);
        grid.addAttachListener(attach -> keyboard.listenOn(attach.getUI()));
        grid.addDetachListener(detach -> keyboard.stopListening());
        grid.getUI().ifPresent(keyboard::listenOn);
        ComponentUtil.setData(grid, GridKeyboard.class, keyboard);
        return keyboard;
    }

    /** The keyboard installed on {@code grid}, if any. */
    public static @Nullable GridKeyboard<?> of(Grid<?> grid) {
        return ComponentUtil.getData(grid, GridKeyboard.class);
    }

    /** Esc in {@code field} clears it (a combo box's Esc first closes its list, so that press is left alone). */
    static void clearOnEscape(Component field) {
        if (field instanceof HasValue<?, ?> value) {
            field.getElement().addEventListener(ESCAPE_EVENT, event -> value.clear());
        }
    }

    /** Installs the window's capture-phase Esc listener of {@link #ESCAPE_SCRIPT} when a filter bar attaches (once per window). */
    static void listenForEscape(Component filterBar) {
        filterBar.addAttachListener(attach -> filterBar.getElement().executeJs(ESCAPE_SCRIPT));
    }

    public Button helpButton() {
        return help;
    }

    public Popover help() {
        return popover;
    }

    private void focused(CellFocusEvent<T> event) {
        focusedItem = null;
        focusedHeader = null;
        switch (event.getSection()) {
            case BODY -> focusedItem = event.getItem().orElse(null);
            case HEADER ->
                focusedHeader =
                        event.getColumn().filter(Grid.Column::isSortable).orElse(null);
            default -> {}
        }
    }

    private void enter() {
        if (focusedItem != null) {
            opener.accept(focusedItem);
        } else if (focusedHeader != null) {
            Grid.Column<T> column = focusedHeader;
            boolean ascending = grid.getSortOrder().stream()
                    .findFirst()
                    .filter(order -> order.getSorted() == column)
                    .map(order -> order.getDirection() == SortDirection.ASCENDING)
                    .orElse(false);
            grid.sort(
                    ascending
                            ? GridSortOrder.desc(column).build()
                            : GridSortOrder.asc(column).build());
        }
    }

    private void listenOn(UI ui) {
        stopListening();
        onUi.add(ui.getElement()
                .addEventListener("keydown", event -> focusFirstFilter())
                .setFilter(SLASH_KEY));
        onUi.add(ui.getElement()
                .addEventListener("keydown", event -> popover.open())
                .setFilter(HELP_KEY));
    }

    private void stopListening() {
        onUi.forEach(Registration::remove);
        onUi.clear();
    }

    private void focusFirstFilter() {
        if (filters == null) {
            grid.focus();
            return;
        }
        filters.setOpen(true);
        filters.firstField()
                .filter(Focusable.class::isInstance)
                .map(Focusable.class::cast)
                .ifPresent(Focusable::focus);
    }
}
