package io.portalops.audit.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.QueryParameters;
import io.portalops.audit.AuditFilter;
import io.portalops.shared.ui.DateFields;
import io.portalops.shared.ui.grid.FilterBar;
import io.portalops.shared.ui.grid.UrlQuery;
import java.time.ZoneId;

/**
 * The audit log's filters. Labels above the fields carry the names, so the examples fit as short placeholders (the
 * long placeholders were cut off); the values travel in the URL like every other grid's.
 */
class AuditFilterBar extends FilterBar {

    final TextField action = new TextField();
    final TextField actor = new TextField();
    final TextField targetType = new TextField();
    final TextField targetId = new TextField();
    final DatePicker from = DateFields.apply(new DatePicker());
    final DatePicker to = DateFields.apply(new DatePicker());

    AuditFilterBar(Runnable onChange) {
        super(onChange);
        action.setPlaceholder("e.g. auth.");
        action.setTooltipText("Actions starting with this text, e.g. auth. or contract.approve");
        actor.setPlaceholder("Username");
        targetType.setPlaceholder("e.g. contract");
        targetId.setWidth("8rem");
        for (TextField field : new TextField[] {action, actor, targetType, targetId}) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
        }
        // the pickers refuse an end before the start, so the range sent is never inverted
        from.addValueChangeListener(change -> to.setMin(change.getValue()));
        to.addValueChangeListener(change -> from.setMax(change.getValue()));
        filter("Action starts with", action);
        filter("Actor", actor);
        filter("Target type", targetType);
        filter("Target id", targetId);
        filter("From", from);
        filter("Until (inclusive)", to);
    }

    AuditFilter value() {
        return new AuditFilter(
                action.getValue(),
                actor.getValue(),
                targetType.getValue(),
                targetId.getValue(),
                from.getValue() == null
                        ? null
                        : from.getValue().atStartOfDay(ZoneId.systemDefault()).toInstant(),
                to.getValue() == null
                        ? null
                        : to.getValue()
                                .plusDays(1)
                                .atStartOfDay(ZoneId.systemDefault())
                                .toInstant());
    }

    QueryParameters toQueryParameters() {
        return UrlQuery.write()
                .put("action", action.getValue())
                .put("actor", actor.getValue())
                .put("targetType", targetType.getValue())
                .put("targetId", targetId.getValue())
                .put("from", from.getValue())
                .put("to", to.getValue())
                .toParameters();
    }

    /** Sets the filters from a link; an invalid date is ignored, and an inverted range keeps only its start. */
    void apply(QueryParameters parameters) {
        UrlQuery query = UrlQuery.of(parameters);
        action.setValue(limit(query.text("action")));
        actor.setValue(limit(query.text("actor")));
        targetType.setValue(limit(query.text("targetType")));
        targetId.setValue(limit(query.text("targetId")));
        to.setValue(null);
        from.setValue(query.date("from"));
        var until = query.date("to");
        to.setValue(until != null && from.getValue() != null && until.isBefore(from.getValue()) ? null : until);
    }

    private static String limit(String text) {
        return text.length() > 200 ? text.substring(0, 200) : text;
    }
}
