package io.portalops.directory.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.browserless.component.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import io.portalops.directory.ProductHolder;
import io.portalops.inventory.ui.ProductAccessSection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest
@ViewPackages(packages = "io.portalops")
class ProductHoldersSectionTest extends SpringBrowserlessTest {

    @Autowired
    ProductAccessSection section;

    @Autowired
    JdbcTemplate jdbc;

    long product(String service, String product) {
        return jdbc.queryForObject(
                "select p.id from product p join saas_service s on s.id = p.service_id where s.name = ? and p.name = ?",
                Long.class,
                service,
                product);
    }

    @Test
    @WithUserDetails("productadmin")
    void a_product_admin_sees_the_holders_of_their_product_and_may_grant_it() {
        long drive = product("Google Workspace", "Drive");
        Component created = section.create(drive);

        @SuppressWarnings("unchecked")
        Grid<ProductHolder> grid = find(Grid.class, created).single();
        List<ProductHolder> holders = GridKt._fetch(grid, 0, 500);
        List<Long> expected = jdbc.queryForList(
                "select p.id from access_grant g join person p on p.id = g.person_id where g.product_id = ? "
                        + "and g.status = 'ACTIVE' order by p.name, p.id limit 500",
                Long.class,
                drive);
        assertThat(holders).extracting(ProductHolder::personId).isNotEmpty().containsExactlyElementsOf(expected);
        assertThat(find(Button.class, created).withText("Grant access").single().isVisible())
                .isTrue();
    }

    @Test
    @WithUserDetails("productadmin")
    void a_product_outside_the_scope_shows_nothing() {
        Component created = section.create(product("Zoom", "Meetings"));

        assertThat(find(Grid.class, created).exists()).isFalse();
        assertThat(created.getChildren()).isEmpty();
    }
}
