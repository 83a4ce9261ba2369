package io.portalops.bulk.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import io.portalops.bulk.BulkAction;
import io.portalops.bulk.BulkActions;
import io.portalops.bulk.BulkField;
import io.portalops.bulk.BulkPlan;
import io.portalops.bulk.BulkResult;
import io.portalops.bulk.BulkSelection;
import io.portalops.shared.InvalidInputException;
import io.portalops.shared.RuleViolationException;
import io.portalops.shared.ui.Notifications;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The confirmation of a bulk action: resolves the selection first, so that it states how many rows will be touched
 * (and refuses a selection over the maximum before anything is done), asks the action's fields, then runs it. Above
 * the configured size the run goes to a background thread and pushes its progress (ADR 036).
 */
class BulkDialog extends Dialog {

    private static final Executor RUNS = Executors.newVirtualThreadPerTaskExecutor();

    final Map<String, HasValue<?, String>> fields = new LinkedHashMap<>();
    final Button confirm = new Button();
    final ProgressBar progress = new ProgressBar(0, 1);
    final Paragraph statement = new Paragraph();

    private final BulkActions bulk;
    private final String grid;
    private final BulkAction action;
    private final BulkSelection selection;
    private final Runnable finished;

    BulkDialog(
            BulkActions bulk, String grid, BulkAction action, BulkSelection selection, String noun, Runnable finished) {
        this.bulk = bulk;
        this.grid = grid;
        this.action = action;
        this.selection = selection;
        this.finished = finished;
        addClassName("bulk-dialog");
        VerticalLayout body = new VerticalLayout(statement);
        body.setPadding(false);
        for (BulkField field : action.fields()) {
            Component input = input(field);
            body.add(input);
        }
        progress.setVisible(false);
        body.add(progress);
        add(body);
        setWidth("32rem");
        try {
            BulkPlan plan = bulk.plan(grid, selection);
            String rows = String.format(Locale.ROOT, "%,d %s", plan.count(), plan.count() == 1 ? singular(noun) : noun);
            setHeaderTitle(action.label() + " " + rows + "?");
            statement.setText("This applies to " + rows + ", each through the same rules as doing it one by one. "
                    + "Rows that cannot be done are reported, and the others are still done.");
            confirm.setText(action.label() + " " + rows);
            confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            confirm.addClickListener(click -> run(plan));
        } catch (RuleViolationException | InvalidInputException refused) {
            setHeaderTitle(action.label());
            statement.setText(refused.getMessage());
            confirm.setVisible(false);
            body.getChildren().filter(c -> c != statement).forEach(c -> c.setVisible(false));
        }
        Button cancel = new Button("Cancel", click -> close());
        getFooter().add(cancel, confirm);
    }

    private Component input(BulkField field) {
        if (field.options().isEmpty()) {
            TextArea text = new TextArea(field.label());
            text.setWidthFull();
            text.setRequired(field.required());
            text.setMaxLength(field.maxLength());
            fields.put(field.name(), text);
            return text;
        }
        Select<String> choice = new Select<>();
        choice.setLabel(field.label());
        choice.setItems(field.options());
        choice.setValue(field.options().getFirst());
        fields.put(field.name(), choice);
        return choice;
    }

    private Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        fields.forEach((name, field) -> {
            String value = field.getValue();
            if (value != null && !value.isBlank()) {
                values.put(name, value);
            }
        });
        return values;
    }

    private void run(BulkPlan plan) {
        Map<String, String> values = values();
        // the plan's ids, not the selection again: the run acts on exactly the rows the confirmation counted
        BulkSelection rows = BulkSelection.ofIds(plan.ids());
        if (plan.count() <= bulk.limits().progressAbove()) {
            try {
                show(bulk.run(grid, action.name(), rows, values));
            } catch (InvalidInputException | RuleViolationException refused) {
                Notifications.error(refused.getMessage());
            }
            return;
        }
        UI ui = UI.getCurrent();
        SecurityContext context = SecurityContextHolder.getContext();
        confirm.setEnabled(false);
        progress.setVisible(true);
        setCloseOnOutsideClick(false);
        CompletableFuture.supplyAsync(
                        () -> {
                            SecurityContextHolder.setContext(context);
                            try {
                                // called once per chunk of rows (ADR 044), so each call is pushed
                                return bulk.run(
                                        grid,
                                        action.name(),
                                        rows,
                                        values,
                                        (through, total) ->
                                                ui.access(() -> progress.setValue((double) through / total)));
                            } finally {
                                SecurityContextHolder.clearContext();
                            }
                        },
                        RUNS)
                .whenComplete((result, failure) -> ui.access(() -> {
                    if (failure != null) {
                        confirm.setEnabled(true);
                        progress.setVisible(false);
                        Notifications.error(
                                failure.getCause() != null ? failure.getCause().getMessage() : failure.getMessage());
                    } else {
                        show(result);
                    }
                }));
    }

    private void show(BulkResult result) {
        close();
        new BulkResultDialog(action, result).open();
        finished.run();
    }

    private static String singular(String noun) {
        return noun.endsWith("s") ? noun.substring(0, noun.length() - 1) : noun;
    }
}
