package io.portalops.payment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.browserless.component.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import io.portalops.inventory.BillingCycle;
import io.portalops.payment.PaymentListItem;
import io.portalops.payment.PaymentRegister;
import io.portalops.shared.ui.NotFoundView;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** The Payments view over the demo data: the demo service admin runs Google Workspace, Slack and GitHub. */
@SpringBootTest
@ViewPackages(packages = "io.portalops")
class PaymentsViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails("serviceadmin")
    void rows_inside_their_notice_window_or_with_a_card_about_to_expire_are_highlighted_and_say_why() {
        PaymentsView view = navigate(PaymentsView.class);
        List<PaymentListItem> rows = rows(view.grid);

        assertThat(rows).extracting(PaymentListItem::serviceName).containsOnly("Google Workspace", "Slack", "GitHub");
        PaymentListItem gmail = row(rows, "Gmail");
        assertThat(gmail.renewalDue()).isTrue();
        java.time.LocalDate today = java.time.LocalDate.now();
        assertThat(PaymentsView.highlight(gmail, today)).containsAnyOf("urgency-overdue", "urgency-window");
        PaymentListItem slack = row(rows, "Slack Business+");
        assertThat(slack.cardExpiring()).isTrue();
        assertThat(PaymentsView.highlight(slack, today)).contains("card-expiring");
        assertThat(rows)
                .filteredOn(r -> !r.renewalDue() && !r.cardExpiring())
                .isNotEmpty()
                .allSatisfy(r -> assertThat(PaymentsView.highlight(r, today))
                        .satisfiesAnyOf(
                                part -> assertThat(part).isNull(),
                                part -> assertThat(part).isEqualTo("urgency-approaching")));
        assertThat(view.grid.getPartNameGenerator()).isNotNull();

        int gmailRow = rows.indexOf(gmail);
        assertThat(test(view.grid).getCellText(gmailRow, 0)).isEqualTo("Google Workspace · Gmail");
        var attention = test(view.grid).getCellComponent(gmailRow, 8);
        assertThat(find(Span.class, attention)
                        .withClassName("renewal-badge")
                        .single()
                        .getText())
                .startsWith("Cancel within");
        int slackRow = rows.indexOf(slack);
        assertThat(find(Span.class, test(view.grid).getCellComponent(slackRow, 8))
                        .withClassName("card-badge")
                        .single()
                        .getText())
                .startsWith("Card expires");
        assertThat(rows)
                .extracting(PaymentListItem::cancellationDeadline)
                .as("most urgent first")
                .isSorted();
    }

    @Test
    @WithUserDetails("serviceadmin")
    void filters_come_from_the_url_narrow_the_rows_and_invalid_values_are_ignored() {
        long slack = jdbc.queryForObject("select id from saas_service where name = 'Slack'", Long.class);
        UI.getCurrent()
                .navigate(
                        PaymentsView.class,
                        QueryParameters.fromString("service=" + slack + "&renewal=abc&card=40&cycle=nope"));
        PaymentsView view = (PaymentsView) getCurrentView();

        assertThat(view.filters.service.getValue().name()).isEqualTo("Slack");
        assertThat(view.filters.renewalWithin.getValue()).isNull();
        assertThat(view.filters.cardWithin.getValue()).isEqualTo(40);
        assertThat(view.filters.cycle.getValue()).isNull();
        LocalDate today = LocalDate.now();
        assertThat(rows(view.grid)).isNotEmpty().allSatisfy(row -> {
            assertThat(row.serviceName()).isEqualTo("Slack");
            assertThat(row.cardLastValidDay()).isBeforeOrEqualTo(today.plusDays(40));
        });
        assertThat(view.filters.toQueryParameters().getParameters())
                .isEqualTo(Map.of("service", List.of(Long.toString(slack)), "card", List.of("40")));

        test(find(Button.class).withText("Clear filters").single()).click();
        test(view.filters.renewalWithin).setValue(30);
        assertThat(rows(view.grid))
                .isNotEmpty()
                .allSatisfy(row -> assertThat(row.nextRenewal()).isBeforeOrEqualTo(today.plusDays(30)));
        test(view.filters.cycle).selectItem("Annual");
        assertThat(rows(view.grid)).allSatisfy(row -> {
            assertThat(row.cycle()).isEqualTo(BillingCycle.ANNUAL);
            assertThat(row.nextRenewal()).isBeforeOrEqualTo(today.plusDays(30));
        });
        assertThat(view.filters.toQueryParameters().getParameters())
                .isEqualTo(Map.of("renewal", List.of("30"), "cycle", List.of("ANNUAL")));
    }

    @Test
    @WithUserDetails("productadmin")
    void a_product_admin_sees_their_products_masked_without_the_card_filter_or_the_new_button() {
        PaymentsView view = navigate(PaymentsView.class);
        List<PaymentListItem> rows = rows(view.grid);

        assertThat(rows).extracting(PaymentListItem::productName).containsExactlyInAnyOrder("Gmail", "Drive");
        assertThat(rows)
                .filteredOn(r -> r.cardExpiry() != null)
                .allSatisfy(r -> assertThat(r.cardExpiry()).isEqualTo("••/••••"));
        assertThat(rows).allSatisfy(r -> assertThat(r.cardExpiring()).isFalse());
        assertThat(view.filters.cardWithin.isVisible()).isFalse();
        assertThat(view.create.isVisible()).isFalse();

        test(view.grid).clickRow(0);
        assertThat(getCurrentView()).isInstanceOf(PaymentDetailView.class);
        PaymentDetailView detail = (PaymentDetailView) getCurrentView();
        assertThat(detail.edit.isVisible()).isFalse();
        assertThat(detail.delete.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails("productadmin")
    void a_record_outside_the_scope_is_not_reachable_by_url() {
        long slackRecord = jdbc.queryForObject(
                "select b.id from billing_record b join product p on p.id = b.product_id "
                        + "where p.name = 'Slack Business+'",
                Long.class);
        UI.getCurrent().navigate(PaymentDetailView.class, slackRecord);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat(find(PaymentDetailView.class).exists()).isFalse();
    }

    @Test
    @WithUserDetails("manager")
    void an_account_manager_cannot_open_payments() {
        UI.getCurrent().navigate(PaymentsView.class);
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
        assertThat(find(PaymentsView.class).exists()).isFalse();
    }

    static PaymentListItem row(List<PaymentListItem> rows, String product) {
        return rows.stream()
                .filter(r -> r.productName().equals(product))
                .findFirst()
                .orElseThrow();
    }

    static List<PaymentListItem> rows(Grid<PaymentListItem> grid) {
        return GridKt._fetch(grid, 0, PaymentRegister.MAX_PAGE);
    }
}
