package io.portalops.contract.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.BigDecimalField;
import io.portalops.contract.ApprovalLimits;
import io.portalops.contract.ApproverLimitItem;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest
@ViewPackages(packages = "io.portalops")
class ApprovalLimitsViewTest extends SpringBrowserlessTest {

    @Autowired
    ApprovalLimits contracts;

    ApproverLimitItem row(ApprovalLimitsView view, String username) {
        return view.grid
                .getGenericDataView()
                .getItems()
                .filter(i -> i.username().equals(username))
                .findFirst()
                .orElseThrow();
    }

    @Test
    @WithUserDetails("admin")
    void an_admin_changes_an_approvers_limit_and_a_negative_limit_is_refused() {
        ApprovalLimitsView view = navigate(ApprovalLimitsView.class);
        assertThat(view.grid.getGenericDataView().getItems())
                .extracting(ApproverLimitItem::username)
                .contains("approver", "approver2");

        view.edit(row(view, "approver"));
        Dialog dialog = find(Dialog.class).single();
        BigDecimalField amount = find(BigDecimalField.class, dialog).single();
        test(amount).setValue(new BigDecimal("-5"));
        test(find(Button.class, dialog).withText("Save").single()).click();
        assertThat(amount.isInvalid()).isTrue();
        assertThat(contracts.of(row(view, "approver").accountId())).isEqualByComparingTo("250000");

        test(amount).setValue(new BigDecimal("400000"));
        test(find(Button.class, dialog).withText("Save").single()).click();
        assertThat(row(view, "approver").limit()).isEqualByComparingTo("400000");
        assertThat(contracts.of(row(view, "approver").accountId())).isEqualByComparingTo("400000");
        contracts.set(row(view, "approver").accountId(), new BigDecimal("250000"));
    }
}
