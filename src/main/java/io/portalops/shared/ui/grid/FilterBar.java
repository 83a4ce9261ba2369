package io.portalops.shared.ui.grid;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.shared.HasClearButton;
import com.vaadin.flow.shared.Registration;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The filters above a grid (issue #22), built once so every grid behaves alike: each filter has a visible label that
 * stays when filled (so "Value from" and "Value to" can be told apart), a clear button, Esc clears it, and the bar
 * knows which filters are active, for the chips and for the "Filters (3)" toggle that folds the bar away on narrow
 * screens. A view's bar extends this, registers its fields with {@link #filter} or {@link #more}, and keeps only
 * what is its own: building the module's filter record and reading and writing its URL (with {@link UrlQuery}).
 */
@StyleSheet("styles/grid-filters.css")
public abstract class FilterBar extends Div {

    /** An active filter as a chip shows it; {@code clear} empties the field, which reloads the grid and the URL. */
    public record ActiveFilter(String label, String value, Runnable clear) {}

    private record Registered<V>(
            String label,
            HasValue<?, V> field,
            Component component,
            @Nullable V neutral) {

        boolean active() {
            return component.isVisible() && !field.isEmpty() && !Objects.equals(field.getValue(), neutral);
        }

        ActiveFilter shown() {
            return new ActiveFilter(label, text(), field::clear);
        }

        @SuppressWarnings("unchecked")
        private String text() {
            V value = field.getValue();
            if (component instanceof Checkbox) {
                return "";
            }
            if (component instanceof ComboBox<?> box) {
                return ((ComboBox<V>) box).getItemLabelGenerator().apply(value);
            }
            if (value instanceof BigDecimal decimal) {
                return decimal.toPlainString();
            }
            return String.valueOf(value).strip();
        }
    }

    private final FlexLayout row = new FlexLayout();
    private final FlexLayout actions = new FlexLayout();
    private final Button toggle = new Button(VaadinIcon.FILTER.create());
    private final Button clear = new Button("Clear filters");
    private final List<Registered<?>> filters = new ArrayList<>();
    private final List<Runnable> listeners = new ArrayList<>();
    private final Runnable onChange;
    private final List<Component> moreFields = new ArrayList<>();
    private @Nullable Details more;
    private String moreTitle = "More filters";

    /** @param onChange runs after any filter changed (reload the grid, rewrite the URL) */
    protected FilterBar(Runnable onChange) {
        this.onChange = onChange;
        addClassName("filter-bar");
        toggle.addClassName("filter-toggle");
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        toggle.addClickListener(click -> setOpen(!isOpen()));
        clear.addClassName("filter-clear");
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.addClickListener(click -> clearAll());
        actions.addClassName("filter-actions");
        row.addClassName("filter-row");
        row.add(toggle, clear, actions);
        add(row);
        GridKeyboard.listenForEscape(this);
        showCount();
    }

    /** Registers a filter in the main row. */
    protected <V, F extends Component & HasValue<?, V>> F filter(String label, F field) {
        return filter(label, field, null);
    }

    /** Registers a filter whose {@code neutral} value (e.g. a default time range) does not count as active. */
    protected <V, F extends Component & HasValue<?, V>> F filter(String label, F field, @Nullable V neutral) {
        register(label, field, neutral);
        row.addComponentAtIndex(row.indexOf(clear), field);
        return field;
    }

    /** Registers a filter folded under "More filters", which opens by itself once one of them is set. */
    protected <V, F extends Component & HasValue<?, V>> F more(String label, F field) {
        register(label, field, null);
        if (more == null) {
            FlexLayout fields = new FlexLayout();
            fields.addClassName("filter-more-fields");
            more = new Details(moreTitle, fields);
            more.addClassName("filter-more");
            add(more);
        }
        ((FlexLayout) more.getContent().findFirst().orElseThrow()).add(field);
        moreFields.add(field);
        return field;
    }

    /** Names the folded part ("More filters" unless told otherwise); call before the first {@link #more}. */
    protected void setMoreTitle(String title) {
        moreTitle = title;
    }

    private <V, F extends Component & HasValue<?, V>> void register(String label, F field, @Nullable V neutral) {
        if (field instanceof HasLabel labelled && !(field instanceof Checkbox)) {
            labelled.setLabel(label);
        }
        if (field instanceof HasClearButton clearable) {
            clearable.setClearButtonVisible(true);
        }
        field.addClassName("filter-field");
        GridKeyboard.clearOnEscape(field);
        Registered<V> registered = new Registered<>(label, field, field, neutral);
        filters.add(registered);
        field.addValueChangeListener(change -> {
            if (more != null && filters.stream().anyMatch(f -> f.active() && isMore(f.component()))) {
                more.setOpened(true);
            }
            showCount();
            onChange.run();
            List.copyOf(listeners).forEach(Runnable::run);
        });
    }

    private boolean isMore(Component component) {
        return moreFields.contains(component);
    }

    /** Controls at the end of the row (New …, Export). They stay visible when the bar is folded. */
    public void addToActions(Component... components) {
        actions.add(components);
    }

    /** The filters currently narrowing the grid, in the order of the bar. */
    public List<ActiveFilter> activeFilters() {
        return filters.stream()
                .filter(Registered::active)
                .map(Registered::shown)
                .toList();
    }

    /** Every registered field, visible or not: for the keyboard and for the accessibility check. */
    public List<Component> fields() {
        return filters.stream().map(Registered::component).toList();
    }

    /** The first filter a user can type into, for the {@code /} shortcut. */
    public Optional<Component> firstField() {
        return fields().stream().filter(Component::isVisible).findFirst();
    }

    /** Runs after any filter changed, once the grid was told; e.g. the chips redraw. */
    public Registration addFiltersChangedListener(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    public void clearAll() {
        filters.forEach(f -> f.field().clear());
    }

    /** On a narrow screen the fields fold away behind the toggle; this opens or closes them. */
    public void setOpen(boolean open) {
        setClassName("filters-open", open);
        toggle.getElement().setAttribute("aria-expanded", Boolean.toString(open));
    }

    public boolean isOpen() {
        return hasClassName("filters-open");
    }

    public Button toggle() {
        return toggle;
    }

    private void showCount() {
        long count = filters.stream().filter(Registered::active).count();
        toggle.setText(count == 0 ? "Filters" : "Filters (" + count + ")");
        toggle.setAriaLabel(count == 0 ? "Show filters" : "Show filters, " + count + " active");
    }
}
