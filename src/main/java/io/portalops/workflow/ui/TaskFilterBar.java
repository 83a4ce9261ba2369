package io.portalops.workflow.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.QueryParameters;
import io.portalops.workflow.DueWindow;
import io.portalops.workflow.TaskFilter;
import io.portalops.workflow.TaskKind;
import io.portalops.workflow.TaskStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** The task list's filters: status, kind, person (name contains) and due window. They travel in the URL. */
class TaskFilterBar extends Div {

    final ComboBox<TaskStatus> status = new ComboBox<>();
    final ComboBox<TaskKind> kind = new ComboBox<>();
    final TextField person = new TextField();
    final ComboBox<DueWindow> due = new ComboBox<>();
    private final FlexLayout row;

    TaskFilterBar(Runnable onChange) {
        addClassName("filter-bar");
        box(status, "Status", TaskStatus.values(), TaskStatus::label, onChange);
        box(kind, "Kind", TaskKind.values(), TaskKind::label, onChange);
        box(due, "Due", DueWindow.values(), DueWindow::label, onChange);
        person.setPlaceholder("Person");
        person.setAriaLabel("Person name contains");
        person.setClearButtonVisible(true);
        person.setValueChangeMode(ValueChangeMode.LAZY);
        person.addValueChangeListener(change -> onChange.run());
        Button clear = new Button("Clear filters", click -> {
            status.clear();
            kind.clear();
            person.clear();
            due.clear();
        });
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        row = new FlexLayout(status, kind, person, due, clear);
        row.addClassName("filter-row");
        add(row);
    }

    void addToActions(Component... components) {
        row.add(components);
    }

    private static <T> void box(
            ComboBox<T> box, String label, T[] values, Function<T, String> labels, Runnable onChange) {
        box.setPlaceholder(label);
        box.setAriaLabel(label);
        box.setItems(values);
        box.setItemLabelGenerator(labels::apply);
        box.setClearButtonVisible(true);
        box.addValueChangeListener(change -> onChange.run());
    }

    TaskFilter value() {
        return new TaskFilter(status.getValue(), kind.getValue(), null, person.getValue(), null, null, due.getValue());
    }

    QueryParameters toQueryParameters() {
        Map<String, String> query = new LinkedHashMap<>();
        if (status.getValue() != null) {
            query.put("status", status.getValue().name());
        }
        if (kind.getValue() != null) {
            query.put("kind", kind.getValue().name());
        }
        if (!person.getValue().isBlank()) {
            query.put("person", person.getValue().strip());
        }
        if (due.getValue() != null) {
            query.put("due", due.getValue().name());
        }
        return QueryParameters.simple(query);
    }

    /** Sets the filters from a link; unknown values are ignored rather than failing the page. */
    void apply(QueryParameters parameters) {
        Map<String, List<String>> query = parameters.getParameters();
        status.setValue(parse(TaskStatus.class, first(query, "status")));
        kind.setValue(parse(TaskKind.class, first(query, "kind")));
        String name = first(query, "person");
        person.setValue(name.length() > 200 ? name.substring(0, 200) : name);
        due.setValue(parse(DueWindow.class, first(query, "due")));
    }

    private static <E extends Enum<E>> @Nullable E parse(Class<E> type, String text) {
        try {
            return text.isBlank() ? null : Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String first(Map<String, List<String>> query, String key) {
        List<String> values = query.get(key);
        return values == null || values.isEmpty() ? "" : values.getFirst();
    }
}
