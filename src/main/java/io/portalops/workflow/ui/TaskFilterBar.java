package io.portalops.workflow.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.QueryParameters;
import io.portalops.shared.ui.grid.FilterBar;
import io.portalops.shared.ui.grid.UrlQuery;
import io.portalops.workflow.DueWindow;
import io.portalops.workflow.TaskFilter;
import io.portalops.workflow.TaskKind;
import io.portalops.workflow.TaskStatus;
import java.util.function.Function;

/** The task list's filters: status, kind, person (name contains) and due window. They travel in the URL. */
class TaskFilterBar extends FilterBar {

    final ComboBox<TaskStatus> status = new ComboBox<>();
    final ComboBox<TaskKind> kind = new ComboBox<>();
    final TextField person = new TextField();
    final ComboBox<DueWindow> due = new ComboBox<>();

    TaskFilterBar(Runnable onChange) {
        super(onChange);
        box(status, TaskStatus.values(), TaskStatus::label);
        box(kind, TaskKind.values(), TaskKind::label);
        box(due, DueWindow.values(), DueWindow::label);
        person.setPlaceholder("Name contains…");
        person.setValueChangeMode(ValueChangeMode.LAZY);
        filter("Status", status);
        filter("Kind", kind);
        filter("Person", person);
        filter("Due", due);
    }

    private static <T> void box(ComboBox<T> box, T[] values, Function<T, String> labels) {
        box.setItems(values);
        box.setItemLabelGenerator(labels::apply);
    }

    TaskFilter value() {
        return new TaskFilter(status.getValue(), kind.getValue(), null, person.getValue(), null, null, due.getValue());
    }

    QueryParameters toQueryParameters() {
        return UrlQuery.write()
                .put("status", status.getValue())
                .put("kind", kind.getValue())
                .put("person", person.getValue())
                .put("due", due.getValue())
                .toParameters();
    }

    /** Sets the filters from a link; unknown values are ignored rather than failing the page. */
    void apply(QueryParameters parameters) {
        UrlQuery query = UrlQuery.of(parameters);
        status.setValue(query.enumValue("status", TaskStatus.class));
        kind.setValue(query.enumValue("kind", TaskKind.class));
        String name = query.text("person");
        person.setValue(name.length() > 200 ? name.substring(0, 200) : name);
        due.setValue(query.enumValue("due", DueWindow.class));
    }
}
