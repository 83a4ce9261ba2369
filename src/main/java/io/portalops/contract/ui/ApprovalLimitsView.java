package io.portalops.contract.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.portalops.contract.ApprovalLimits;
import io.portalops.contract.ApproverLimitItem;
import io.portalops.security.Role;
import io.portalops.shared.InvalidInputException;
import io.portalops.shared.ui.Notifications;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * Admin screen: each approver's approval limit, in the base currency. Contracts above the two-level threshold need
 * two approvers, at least one of whose limits covers the value.
 */
@Route("admin/approval-limits")
@PageTitle("Approval limits")
@Menu(order = 91, icon = "vaadin:scale", title = "Approval limits")
@RolesAllowed(Role.ADMIN_NAME)
public class ApprovalLimitsView extends VerticalLayout {

    final Grid<ApproverLimitItem> grid = new Grid<>(ApproverLimitItem.class, false);
    private final ApprovalLimits limits;

    ApprovalLimitsView(ApprovalLimits limits) {
        this.limits = limits;
        setSizeFull();
        String base = limits.policy().baseCurrency();
        add(new Paragraph("Limits are in " + base + ". Contracts above " + base + " "
                + format(limits.policy().twoLevelThreshold())
                + " need two approvals from two approvers, one of whom must "
                + "cover the value. Approvers without their own limit use the default of " + base + " "
                + format(limits.policy().defaultLimit()) + "."));
        grid.addColumn(ApproverLimitItem::username).setHeader("Username").setAutoWidth(true);
        grid.addColumn(ApproverLimitItem::displayName).setHeader("Name").setAutoWidth(true);
        grid.addColumn(l -> base + " " + format(l.limit()) + (l.usesDefault() ? " (default)" : ""))
                .setHeader("Limit")
                .setFlexGrow(1);
        grid.addComponentColumn(l -> new Button("Change…", click -> edit(l)))
                .setHeader("")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setSizeFull();
        add(grid);
        refresh();
    }

    void refresh() {
        grid.setItems(limits.all());
    }

    void edit(ApproverLimitItem item) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Approval limit of " + item.displayName());
        BigDecimalField amount = new BigDecimalField("Limit (" + limits.policy().baseCurrency() + ")");
        amount.setValue(item.limit());
        amount.setWidthFull();
        dialog.add(amount);
        Button save = new Button("Save", click -> {
            try {
                limits.set(item.accountId(), amount.getValue());
                Notifications.success("Limit of " + item.displayName() + " saved");
                refresh();
                dialog.close();
            } catch (InvalidInputException e) {
                amount.setErrorMessage(e.getMessage());
                amount.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), save);
        dialog.open();
    }

    private static String format(BigDecimal value) {
        return NumberFormat.getNumberInstance(Locale.ENGLISH).format(value);
    }
}
