package io.portalops.inventory.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import io.portalops.TestUsers;
import io.portalops.inventory.LicenceModel;
import io.portalops.inventory.SaasCatalog;
import io.portalops.inventory.ServiceForm;
import io.portalops.inventory.ServiceStatus;
import java.math.BigDecimal;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The product form says the cost's lower bound and the seats' bounds that the API applies (issue #18), and refuses a
 * value outside on the field with the API's message before anything is sent; nothing is stored.
 */
@SpringBootTest
@ViewPackages(packages = "io.portalops")
class ProductFormRangesViewTest extends SpringBrowserlessTest {

    @Autowired
    SaasCatalog catalog;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails("admin")
    void a_negative_cost_or_too_many_seats_is_refused_on_the_field_with_the_apis_message_and_nothing_is_stored() {
        String service = "Ranges " + UUID.randomUUID().toString().substring(0, 8);
        long serviceId = users.as(
                        "admin",
                        () -> catalog.createService(
                                new ServiceForm(service, "Vendor", "Testing", null, ServiceStatus.ACTIVE, null, null)))
                .id();
        UI.getCurrent().navigate("services/" + serviceId);
        roundTrip();
        ServicesView view = (ServicesView) getCurrentView();
        test(view.panel.addProduct).click();
        ProductFormDialog dialog = find(ProductFormDialog.class).single();
        String product = "Seats " + UUID.randomUUID().toString().substring(0, 8);
        test(dialog.name).setValue(product);

        assertThat(dialog.cost.getHelperText()).isEqualTo("Per seat and billing cycle, 0 or more");
        assertThat(dialog.seatsPurchased.getMin()).isZero();
        assertThat(dialog.seatsPurchased.getMax()).isEqualTo(1_000_000);
        assertThat(dialog.seatsPurchased.getI18n().getMaxErrorMessage()).isEqualTo("At most 1,000,000 seats.");

        dialog.licenceModel.setValue(LicenceModel.FLAT);
        dialog.cost.setValue(new BigDecimal("-1.00"));
        assertThat(dialog.cost.isInvalid())
                .as("marked as soon as it is entered")
                .isTrue();
        assertThat(dialog.cost.getErrorMessage()).isEqualTo("The cost cannot be negative.");
        test(dialog.save).click();
        assertThat(dialog.cost.getErrorMessage())
                .as("the message the API answers for a negative cost")
                .isEqualTo("The cost cannot be negative.");
        assertThat(jdbc.queryForObject("select count(*) from product where name = ?", Long.class, product))
                .isZero();
    }
}
