package io.portalops.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.portalops.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class InventoryDemoDataTest {

    @Autowired
    SaasCatalog catalog;

    @Autowired
    TestUsers users;

    @Test
    void the_demo_has_forty_services_with_a_hundred_and_fifty_products_and_scoped_demo_admins() {
        users.run("admin", () -> {
            assertThat(catalog.services(ServiceFilter.none()).stream()
                            .filter(s -> s.name().equals("Google Workspace")
                                    || s.name().equals("Postman")))
                    .hasSize(2);
            java.util.List<String> planned = new java.util.ArrayList<>();
            for (int i = 0; i < InventoryDemoData.SERVICES.length; i++) {
                String service = InventoryDemoData.SERVICES[i][0];
                InventoryDemoData.productNames(i).forEach(name -> planned.add(service + " · " + name));
            }
            assertThat(InventoryDemoData.SERVICES.length).isEqualTo(40);
            assertThat(planned).hasSize(150).doesNotHaveDuplicates();
            // other tests may add products to demo services later; every planned one must exist
            assertThat(catalog.allRefsUnscoped().values().stream()
                            .map(ProductRef::label)
                            .toList())
                    .containsAll(planned);
        });
        users.run(
                "serviceadmin",
                () -> assertThat(catalog.services(ServiceFilter.none()))
                        .extracting(ServiceListItem::name)
                        .containsExactly("GitHub", "Google Workspace", "Slack"));
        users.run(
                "productadmin",
                () -> assertThat(catalog.products(ProductFilter.none()))
                        .extracting(ProductListItem::name)
                        .containsExactlyInAnyOrder("Gmail", "Drive"));
    }
}
