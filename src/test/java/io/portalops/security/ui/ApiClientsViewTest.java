package io.portalops.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import io.portalops.security.ApiClientListItem;
import io.portalops.security.ApiClientService;
import io.portalops.security.IssuedApiKey;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest
@ViewPackages(packages = "io.portalops")
class ApiClientsViewTest extends SpringBrowserlessTest {

    @Autowired
    ApiClientService clients;

    @Autowired
    JdbcTemplate jdbc;

    int audited(String action, long clientId) {
        return jdbc.queryForObject(
                "select count(*) from audit_log where action = ? and target_id = ? and actor_name = 'admin'",
                Integer.class,
                action,
                Long.toString(clientId));
    }

    @Test
    @WithUserDetails("admin")
    void an_admin_creates_a_client_sees_its_key_once_and_the_key_authenticates() {
        ApiClientsView view = navigate(ApiClientsView.class);
        String name = "billing-" + UUID.randomUUID().toString().substring(0, 6);
        test(view.name).setValue(name);
        test(view.create).click();

        Dialog dialog = find(Dialog.class).withClassName("issued-key").single();
        String key = find(TextField.class, dialog).single().getValue();
        assertThat(key).startsWith("po_").hasSizeGreaterThan(40);
        assertThat(clients.authenticate(key)).map(ApiClientListItem::name).hasValue(name);
        assertThat(view.grid.getGenericDataView().getItems())
                .extracting(ApiClientListItem::name)
                .contains(name);
        assertThat(view.grid
                        .getGenericDataView()
                        .getItems()
                        .filter(c -> c.name().equals(name))
                        .findFirst()
                        .orElseThrow()
                        .keyPrefix())
                .isEqualTo(key.substring(0, 8) + "…");
    }

    @Test
    @WithUserDetails("admin")
    void an_invalid_or_duplicate_name_is_refused_and_creates_nothing() {
        ApiClientsView view = navigate(ApiClientsView.class);
        long before = view.grid.getGenericDataView().getItems().count();
        test(view.name).setValue("x");
        test(view.create).click();
        assertThat(view.name.isInvalid()).isTrue();
        test(view.name).setValue("demo-producer");
        test(view.create).click();
        assertThat(view.name.getErrorMessage()).contains("exists");
        assertThat(view.grid.getGenericDataView().getItems().count()).isEqualTo(before);
    }

    static ApiClientListItem row(ApiClientsView view, String name) {
        return view.grid
                .getGenericDataView()
                .getItems()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    @WithUserDetails("admin")
    void rotating_asks_first_then_shows_the_new_key_once_and_the_old_key_stops_working() {
        String name = "crm-" + UUID.randomUUID().toString().substring(0, 6);
        IssuedApiKey issued = clients.create(name, Set.of("events:write"));
        ApiClientsView view = navigate(ApiClientsView.class);

        view.confirmRotate(row(view, name));
        test(find(ConfirmDialog.class).single()).cancel();
        assertThat(clients.authenticate(issued.key())).isPresent();
        assertThat(find(Dialog.class).withClassName("issued-key").all()).isEmpty();

        view.confirmRotate(row(view, name));
        test(find(ConfirmDialog.class).single()).confirm();
        String key = find(
                        TextField.class,
                        find(Dialog.class).withClassName("issued-key").single())
                .single()
                .getValue();
        assertThat(key).isNotEqualTo(issued.key()).startsWith("po_");
        assertThat(clients.authenticate(issued.key())).isEmpty();
        assertThat(clients.authenticate(key)).map(ApiClientListItem::name).hasValue(name);
        assertThat(row(view, name).rotatedAt()).isNotNull();
        assertThat(row(view, name).keyPrefix()).isEqualTo(key.substring(0, 8) + "…");
        assertThat(audited("api_client.created", issued.client().id())).isEqualTo(1);
        assertThat(audited("api_client.key_rotated", issued.client().id())).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_log where details::text like ?", Integer.class, "%" + key + "%"))
                .isZero();
    }

    @Test
    @WithUserDetails("admin")
    void disabling_asks_first_and_refuses_the_key_until_the_client_is_enabled_again() {
        String name = "erp-" + UUID.randomUUID().toString().substring(0, 6);
        IssuedApiKey issued = clients.create(name, Set.of("events:write"));
        ApiClientsView view = navigate(ApiClientsView.class);

        view.toggle(row(view, name));
        test(find(ConfirmDialog.class).single()).cancel();
        assertThat(row(view, name).enabled()).isTrue();

        view.toggle(row(view, name));
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(row(view, name).enabled()).isFalse();
        assertThat(clients.authenticate(issued.key())).isEmpty();

        view.toggle(row(view, name));
        assertThat(find(ConfirmDialog.class).all()).isEmpty();
        assertThat(row(view, name).enabled()).isTrue();
        assertThat(clients.authenticate(issued.key())).isPresent();
        assertThat(audited("api_client.disabled", issued.client().id())).isEqualTo(1);
        assertThat(audited("api_client.enabled", issued.client().id())).isEqualTo(1);
    }
}
