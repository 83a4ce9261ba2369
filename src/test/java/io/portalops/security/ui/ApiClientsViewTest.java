package io.portalops.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import io.portalops.security.ApiClientListItem;
import io.portalops.security.ApiClientService;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest
@ViewPackages(packages = "io.portalops")
class ApiClientsViewTest extends SpringBrowserlessTest {

    @Autowired
    ApiClientService clients;

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
        assertThat(view.grid.getGenericDataView().getItems()).extracting(ApiClientListItem::name).contains(name);
        assertThat(view.grid.getGenericDataView().getItems().filter(c -> c.name().equals(name)).findFirst().orElseThrow().keyPrefix())
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
}
