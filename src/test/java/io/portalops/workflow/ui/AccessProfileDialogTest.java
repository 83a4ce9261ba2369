package io.portalops.workflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import io.portalops.workflow.AccessProfiles;
import io.portalops.workflow.WorkflowFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest
@ViewPackages(packages = "io.portalops")
class AccessProfileDialogTest extends SpringBrowserlessTest {

    @Autowired
    AccessProfiles profiles;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails("admin")
    void the_services_answers_land_on_the_name_and_the_products_fields_and_nothing_is_stored() {
        String department = WorkflowFixtures.department();
        AccessProfileDialog dialog = new AccessProfileDialog(profiles, List.of(), null, () -> {});
        dialog.name.setValue("n".repeat(121));
        dialog.department.setValue(department);

        dialog.save.click();

        assertThat(dialog.name.isInvalid()).isTrue();
        assertThat(dialog.name.getErrorMessage()).isEqualTo("Keep the name under 120 characters.");
        assertThat(dialog.products.isInvalid())
                .as("productIds, bound through a converter")
                .isTrue();
        assertThat(dialog.products.getErrorMessage()).isEqualTo("Choose at least one product.");
        assertThat(dialog.department.isInvalid()).isFalse();
        assertThat(jdbc.queryForObject(
                        "select count(*) from access_profile where department = ?", Long.class, department))
                .isZero();
    }
}
