package io.portalops.inventory.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import io.portalops.inventory.ProductListItem;
import io.portalops.inventory.SaasCatalog;
import io.portalops.inventory.ServiceDetails;
import io.portalops.inventory.ServiceFilter;
import io.portalops.inventory.ServiceForm;
import io.portalops.inventory.ServiceListItem;
import io.portalops.inventory.ServiceStatus;
import io.portalops.shared.ui.NotFoundView;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest
@ViewPackages(packages = "io.portalops")
class ServicesViewTest extends SpringBrowserlessTest {

    @Autowired
    SaasCatalog catalog;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private List<ServiceListItem> rows(ServicesView view) {
        return view.grid.getListDataView().getItems().toList();
    }

    private long serviceId(String name) {
        return catalog.services(new ServiceFilter(name, null, null)).stream()
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElseThrow()
                .id();
    }

    @Test
    @WithUserDetails("serviceadmin")
    void a_service_admin_sees_only_their_services_and_a_foreign_service_url_is_not_found() {
        ServicesView view = navigate(ServicesView.class);
        assertThat(rows(view)).extracting(ServiceListItem::name).containsExactly("GitHub", "Google Workspace", "Slack");
        assertThat(view.create.isVisible()).isFalse();

        long zoom = jdbcServiceId("Zoom");
        UI.getCurrent().navigate("services/" + zoom);
        roundTrip();
        assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
    }

    private long jdbcServiceId(String name) {
        return jdbc.queryForObject("select id from saas_service where name = ?", Long.class, name);
    }

    @Test
    @WithUserDetails("admin")
    void a_url_with_service_and_product_opens_the_product_and_selection_writes_the_url() {
        long workspace = serviceId("Google Workspace");
        ServiceDetails details = catalog.service(workspace);
        ProductListItem gmail = details.products().stream()
                .filter(p -> p.name().equals("Gmail"))
                .findFirst()
                .orElseThrow();

        UI.getCurrent().navigate("services/" + workspace + "/" + gmail.id());
        roundTrip();
        ServicesView view = (ServicesView) getCurrentView();
        assertThat(view.panel.isVisible()).isTrue();
        assertThat(view.panel.title.getText()).isEqualTo("Google Workspace");
        assertThat(view.panel.products.getSelectedItems())
                .extracting(ProductListItem::id)
                .containsExactly(gmail.id());
        assertThat(view.panel.product.title.getText()).isEqualTo("Gmail");
        assertThat(view.grid.getSelectedItems()).extracting(ServiceListItem::id).containsExactly(workspace);
    }

    @Test
    @WithUserDetails("admin")
    void filters_narrow_the_grid_and_needs_attention_keeps_services_with_full_or_unused_products() {
        ServicesView view = navigate(ServicesView.class);
        view.search.setValue("google");
        assertThat(rows(view)).extracting(ServiceListItem::name).containsExactly("Google Workspace");
        view.search.clear();
        view.status.setValue(ServiceStatus.EVALUATING);
        assertThat(rows(view))
                .isNotEmpty()
                .allSatisfy(s -> assertThat(s.status()).isEqualTo(ServiceStatus.EVALUATING));
        view.status.clear();
        view.attention.setValue(true);
        assertThat(rows(view))
                .isNotEmpty()
                .allSatisfy(s ->
                        assertThat(s.anyNearlyFull() || s.anyWorthReclaiming()).isTrue());
    }

    @Test
    @WithUserDetails("admin")
    void an_admin_creates_a_service_in_the_dialog_and_bad_input_shows_on_the_field() {
        ServicesView view = navigate(ServicesView.class);
        view.create.click();
        roundTrip();
        ServiceFormDialog dialog = find(ServiceFormDialog.class).single();
        String name = "Dialog " + UUID.randomUUID().toString().substring(0, 8);
        dialog.name.setValue(name);
        dialog.vendor.setValue("Vendor");
        dialog.category.setValue("Testing");
        dialog.website.setValue("ftp:/nope");
        dialog.save.click();
        assertThat(dialog.website.isInvalid()).isTrue();
        assertThat(catalog.services(new ServiceFilter(name, null, null))).isEmpty();

        dialog.website.setValue("https://dialog.example");
        dialog.save.click();
        assertThat(catalog.services(new ServiceFilter(name, null, null))).hasSize(1);
        assertThat(view.panel.title.getText()).isEqualTo(name);
        assertThat(view.panel.facts.getElement().getTextRecursively()).contains("https://dialog.example");
        ServiceForm form = catalog.service(serviceId(name)).form();
        assertThat(form.status()).isEqualTo(ServiceStatus.EVALUATING);
    }
}
