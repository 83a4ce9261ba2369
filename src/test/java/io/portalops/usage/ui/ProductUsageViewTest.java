package io.portalops.usage.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import io.portalops.directory.SeatState;
import io.portalops.shared.ui.NotFoundView;
import io.portalops.usage.SeatUsageItem;
import io.portalops.usage.UsageFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest
@ViewPackages(packages = "io.portalops")
class ProductUsageViewTest extends SpringBrowserlessTest {

    @Autowired
    UsageFixtures fx;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails("admin")
    void the_page_shows_seats_by_use_reclaims_idle_ones_once_and_saves_the_products_idle_period() {
        UsageFixtures.Seats s = fx.seats();

        UI.getCurrent().navigate(ProductUsageView.class, s.product());
        ProductUsageView view = (ProductUsageView) getCurrentView();

        assertThat(view.figures.getChildren().map(c -> c.getElement().getTextRecursively()))
                .contains("Active1used in 30 days", "Idle1no use in 30 days", "Never used2no use recorded")
                .anySatisfy(t -> assertThat(t).startsWith("Reclaimable").contains("2 seats"));
        assertThat(view.seats.getListDataView().getItems().map(SeatUsageItem::state))
                .containsExactlyInAnyOrder(
                        SeatState.ACTIVE, SeatState.IDLE, SeatState.NEVER_USED, SeatState.NEVER_USED);
        assertThat(test(view.seats).getCellText(0, 2)).isNotBlank();
        assertThat(view.reclaim.isVisible() && view.reclaim.isEnabled()).isTrue();

        test(view.reclaim).click();

        assertThat(fx.tasksOf(s.idle()) + fx.tasksOf(s.neverUsed())).isEqualTo(2);
        assertThat(view.seats
                        .getListDataView()
                        .getItems()
                        .filter(SeatUsageItem::underRevoke)
                        .count())
                .isEqualTo(2);
        test(view.reclaim).click();
        assertThat(fx.tasksOf(s.idle()) + fx.tasksOf(s.neverUsed()))
                .as("a second click adds none")
                .isEqualTo(2);

        test(view.idleDays).setValue(3);
        test(view.save).click();

        assertThat(jdbc.queryForObject(
                        "select idle_days from usage_policy where product_id = ?", Integer.class, s.product()))
                .isEqualTo(3);
        assertThat(view.figures.getChildren().map(c -> c.getElement().getTextRecursively()))
                .contains("Active0used in 3 days");
        assertThat(find(Span.class).all().stream().map(Span::getText)).contains("4 seats held");
    }

    @Test
    @WithUserDetails("productadmin")
    void a_product_outside_the_users_scope_is_not_found() {
        UsageFixtures.Seats s = fx.seats();

        UI.getCurrent().navigate(ProductUsageView.class, s.product());

        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }
}
