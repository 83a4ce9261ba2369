package io.portalops.directory.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.browserless.component.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.router.QueryParameters;
import io.portalops.directory.EmploymentStatus;
import io.portalops.directory.PersonListItem;
import io.portalops.directory.PersonService;
import io.portalops.inventory.ProductRef;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest
@ViewPackages(packages = "io.portalops")
class DirectoryViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    static List<PersonListItem> rows(Grid<PersonListItem> grid) {
        return GridKt._fetch(grid, 0, PersonService.MAX_PAGE);
    }

    long productId(String service, String product) {
        return jdbc.queryForObject(
                "select p.id from product p join saas_service s on s.id = p.service_id where s.name = ? and p.name = ?",
                Long.class,
                service,
                product);
    }

    @Test
    @WithUserDetails("admin")
    void filters_come_from_the_url_and_invalid_values_are_ignored() {
        UI.getCurrent()
                .navigate(
                        DirectoryView.class,
                        QueryParameters.fromString("status=leaving&department=Engineering&product=999999999"));
        DirectoryView view = (DirectoryView) getCurrentView();

        assertThat(view.filters.status.getValue()).isEqualTo(EmploymentStatus.LEAVING);
        assertThat(view.filters.department.getValue()).isEqualTo("Engineering");
        assertThat(view.filters.product.getValue()).isNull();
        Integer expected = jdbc.queryForObject(
                "select count(*) from person where status = 'LEAVING' and department = 'Engineering'", Integer.class);
        assertThat(rows(view.grid)).hasSize(expected).isNotEmpty().allSatisfy(p -> {
            assertThat(p.status()).isEqualTo(EmploymentStatus.LEAVING);
            assertThat(p.department()).isEqualTo("Engineering");
        });
        assertThat(view.filters.toQueryParameters().getParameters())
                .isEqualTo(Map.of("status", List.of("LEAVING"), "department", List.of("Engineering")));
    }

    @Test
    @WithUserDetails("productadmin")
    void a_product_admin_filters_by_their_products_only_and_gets_exactly_the_holders() {
        DirectoryView view = navigate(DirectoryView.class);
        assertThat(view.filters.product.getListDataView().getItems().map(ProductRef::name))
                .containsExactlyInAnyOrder("Gmail", "Drive");
        assertThat(view.create.isVisible()).isFalse();
        assertThat(view.importCsv.isVisible()).isFalse();
        long drive = productId("Google Workspace", "Drive");

        test(view.filters.product).selectItem("Google Workspace · Drive");
        test(view.filters.name).setValue("a");

        List<Long> holders = jdbc.queryForList(
                "select p.id from person p join access_grant g on g.person_id = p.id where g.product_id = ? "
                        + "and g.status = 'ACTIVE' and lower(p.name) like 'a%' order by p.name, p.id",
                Long.class, drive);
        assertThat(holders).isNotEmpty();
        assertThat(rows(view.grid))
                .extracting(PersonListItem::id)
                .containsExactlyElementsOf(holders.subList(0, Math.min(holders.size(), PersonService.MAX_PAGE)));
    }

    @Test
    @WithUserDetails("admin")
    void clearing_the_filters_and_sorting_by_start_date_and_clicking_a_row_opens_the_person() {
        DirectoryView view = navigate(DirectoryView.class);
        assertThat(view.create.isVisible()).isTrue();
        assertThat(view.importCsv.isVisible()).isTrue();
        test(view.filters.status).selectItem("Pending start");
        List<PersonListItem> pending = rows(view.grid);
        assertThat(pending)
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p.startDate()).isAfterOrEqualTo(java.time.LocalDate.now()));
        assertThat(new HashSet<>(pending.stream().map(PersonListItem::status).toList()))
                .containsExactly(EmploymentStatus.PENDING_START);

        test(view.grid).clickRow(0);

        assertThat(getCurrentView()).isInstanceOf(PersonView.class);
        PersonView person = (PersonView) getCurrentView();
        assertThat(person.editor.name.getValue()).isEqualTo(pending.getFirst().name());
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("directory/people/" + pending.getFirst().id());
    }

    @Test
    @WithUserDetails("manager")
    void an_account_manager_reaches_neither_the_directory_nor_a_person_by_url() {
        assertRefused();
    }

    @Test
    @WithUserDetails("analyst")
    void an_analyst_reaches_neither_the_directory_nor_a_person_by_url() {
        assertRefused();
    }

    private void assertRefused() {
        UI.getCurrent().navigate(DirectoryView.class);
        assertThat(getCurrentView()).isInstanceOf(io.portalops.shared.ui.NotFoundView.class);
        UI.getCurrent().navigate(PersonView.class, "1");
        assertThat(getCurrentView()).isInstanceOf(io.portalops.shared.ui.NotFoundView.class);
        UI.getCurrent().navigate(PeopleImportView.class);
        assertThat(getCurrentView()).isInstanceOf(io.portalops.shared.ui.NotFoundView.class);
        assertThat(find(PersonView.class).exists()).isFalse();
    }
}
