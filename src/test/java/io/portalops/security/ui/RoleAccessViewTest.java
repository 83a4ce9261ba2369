package io.portalops.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouteConfiguration;
import io.portalops.audit.ui.AuditView;
import io.portalops.contract.ui.ApprovalLimitsView;
import io.portalops.contract.ui.ContractsView;
import io.portalops.customer.ui.CustomerDetailView;
import io.portalops.customer.ui.CustomersView;
import io.portalops.dashboard.ui.DashboardView;
import io.portalops.directory.ui.DirectoryView;
import io.portalops.event.ui.EventIntakeView;
import io.portalops.event.ui.EventLogView;
import io.portalops.inventory.ui.ServicesView;
import io.portalops.jobs.ui.JobsView;
import io.portalops.notification.ui.OutboxView;
import io.portalops.payment.ui.PaymentsView;
import io.portalops.shared.ui.NotFoundView;
import io.portalops.workflow.ui.AccessProfilesView;
import io.portalops.workflow.ui.TasksView;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Which views each role may open, and what happens otherwise. Vaadin's navigation access control reports a refusal
 * to a signed-in user as an {@code AccessDeniedException}, which ends on {@link NotFoundView} (same page as a missing
 * record, address unchanged, the refused view never created); an anonymous visitor is forwarded to {@link LoginView}.
 */
@SpringBootTest
@ViewPackages(packages = "io.portalops")
class RoleAccessViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails("admin")
    void admin_opens_every_view_including_accounts() {
        assertOpens(DashboardView.class, CustomersView.class, AccountsView.class, ChangePasswordView.class);
        assertOpensDetail(anyCustomerId());
    }

    @Test
    @WithUserDetails("manager")
    void account_manager_opens_customers_but_not_accounts() {
        assertOpens(DashboardView.class, CustomersView.class, ChangePasswordView.class);
        assertOpensDetail(customerOwnedBy("manager"));
        assertRefused(AccountsView.class);
        assertRefused(AuditView.class);
    }

    @Test
    @WithUserDetails("analyst")
    void analyst_opens_customers_but_not_accounts() {
        assertOpens(DashboardView.class, CustomersView.class, ChangePasswordView.class);
        assertOpensDetail(customerOwnedBy("manager2"));
        assertRefused(AccountsView.class);
        assertRefused(AuditView.class);
    }

    @Test
    @WithUserDetails("approver")
    void approver_opens_customers_but_not_accounts() {
        assertOpens(DashboardView.class, CustomersView.class, ChangePasswordView.class);
        assertOpensDetail(customerOwnedBy("manager"));
        assertRefused(AccountsView.class);
        assertRefused(AuditView.class);
    }

    @Test
    @WithUserDetails("serviceadmin")
    void service_admin_cannot_open_customers_or_accounts() {
        assertOpens(DashboardView.class, ChangePasswordView.class);
        assertRefused(CustomersView.class);
        assertRefusedDetail(anyCustomerId());
        assertRefused(AccountsView.class);
        assertRefused(AuditView.class);
    }

    @Test
    @WithUserDetails("auditor")
    void auditor_opens_the_audit_log_and_is_refused_every_other_area() {
        assertOpens(
                DashboardView.class,
                AuditView.class,
                ChangePasswordView.class,
                io.portalops.export.ui.ExportVerifyView.class);
        for (Class<? extends Component> view : List.of(
                CustomersView.class,
                ContractsView.class,
                EventLogView.class,
                ServicesView.class,
                DirectoryView.class,
                PaymentsView.class,
                TasksView.class,
                AccountsView.class,
                ApprovalLimitsView.class,
                ApiClientsView.class,
                EventIntakeView.class,
                AccessProfilesView.class,
                OutboxView.class,
                JobsView.class)) {
            assertRefused(view);
        }
        assertRefusedDetail(anyCustomerId());
    }

    @Test
    @WithUserDetails("auditor")
    void auditor_navigation_lists_only_start_and_the_audit_log() {
        navigate(DashboardView.class);
        assertThat(navItems())
                .containsExactly(
                        "Dashboard -> ", "Audit log -> audit", "Exports -> exports", "Verify export -> exports/verify");
        assertEveryNavItemOpens();
    }

    @Test
    @WithUserDetails("productadmin")
    void product_admin_cannot_open_customers_or_accounts() {
        assertOpens(DashboardView.class, ChangePasswordView.class);
        assertRefused(CustomersView.class);
        assertRefusedDetail(anyCustomerId());
        assertRefused(AccountsView.class);
        assertRefused(AuditView.class);
    }

    @Test
    @WithAnonymousUser
    void anonymous_visitor_is_sent_to_the_login_view_from_every_protected_view() {
        for (Class<? extends Component> view :
                List.of(DashboardView.class, CustomersView.class, AccountsView.class, ChangePasswordView.class)) {
            UI.getCurrent().navigate(view);
            assertThat(getCurrentView())
                    .as("anonymous to %s", view.getSimpleName())
                    .isInstanceOf(LoginView.class);
            assertThat(location()).isEqualTo("login");
            assertThat(find(view).exists()).isFalse();
        }
        UI.getCurrent().navigate(CustomerDetailView.class, Long.toString(anyCustomerId()));
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        assertThat(find(SideNav.class).exists())
                .as("no navigation before sign-in")
                .isFalse();
    }

    @Test
    @WithUserDetails("admin")
    void admin_navigation_lists_every_area_including_the_admin_screens_and_each_item_opens() {
        navigate(DashboardView.class);
        assertThat(navItems())
                .containsExactly(
                        "Dashboard -> ",
                        "Customers -> customers",
                        "Contracts -> contracts",
                        "Event log -> events",
                        "Services -> services",
                        "Directory -> directory",
                        "Payments -> payments",
                        "Access reviews -> access-reviews",
                        "Calendar -> calendar",
                        "Tasks -> tasks",
                        "Accounts -> admin/accounts",
                        "Approval limits -> admin/approval-limits",
                        "API clients -> admin/api-clients",
                        "Event intake -> admin/event-intake",
                        "Access profiles -> admin/access-profiles",
                        "Mail outbox -> admin/outbox",
                        "Jobs -> admin/jobs",
                        "Audit log -> audit",
                        "Exports -> exports",
                        "Verify export -> exports/verify");
        assertEveryNavItemOpens();
        navigate(DashboardView.class);
        test(find(SideNav.class).single()).clickItem("Accounts");
        assertThat(getCurrentView()).isInstanceOf(AccountsView.class);
    }

    @Test
    @WithUserDetails("manager")
    void account_manager_navigation_lists_start_customers_contracts_and_event_log() {
        navigate(DashboardView.class);
        assertThat(navItems())
                .containsExactly(
                        "Dashboard -> ",
                        "Customers -> customers",
                        "Contracts -> contracts",
                        "Event log -> events",
                        "Calendar -> calendar",
                        "Exports -> exports",
                        "Verify export -> exports/verify");
        assertEveryNavItemOpens();
    }

    @Test
    @WithUserDetails("analyst")
    void analyst_navigation_lists_start_customers_contracts_and_event_log() {
        navigate(DashboardView.class);
        assertThat(navItems())
                .containsExactly(
                        "Dashboard -> ",
                        "Customers -> customers",
                        "Contracts -> contracts",
                        "Event log -> events",
                        "Calendar -> calendar",
                        "Exports -> exports",
                        "Verify export -> exports/verify");
        assertEveryNavItemOpens();
    }

    @Test
    @WithUserDetails("approver")
    void approver_navigation_lists_start_customers_contracts_and_event_log() {
        navigate(DashboardView.class);
        assertThat(navItems())
                .containsExactly(
                        "Dashboard -> ",
                        "Customers -> customers",
                        "Contracts -> contracts",
                        "Event log -> events",
                        "Calendar -> calendar",
                        "Exports -> exports",
                        "Verify export -> exports/verify");
        assertEveryNavItemOpens();
    }

    @Test
    @WithUserDetails("serviceadmin")
    void service_admin_navigation_lists_start_services_directory_and_payments() {
        navigate(DashboardView.class);
        assertThat(navItems())
                .containsExactly(
                        "Dashboard -> ",
                        "Services -> services",
                        "Directory -> directory",
                        "Payments -> payments",
                        "Access reviews -> access-reviews",
                        "Calendar -> calendar",
                        "Tasks -> tasks",
                        "Exports -> exports",
                        "Verify export -> exports/verify");
        assertEveryNavItemOpens();
    }

    @Test
    @WithUserDetails("productadmin")
    void product_admin_navigation_lists_start_services_directory_and_payments() {
        navigate(DashboardView.class);
        assertThat(navItems())
                .containsExactly(
                        "Dashboard -> ",
                        "Services -> services",
                        "Directory -> directory",
                        "Payments -> payments",
                        "Access reviews -> access-reviews",
                        "Calendar -> calendar",
                        "Tasks -> tasks",
                        "Exports -> exports",
                        "Verify export -> exports/verify");
        assertEveryNavItemOpens();
    }

    @SafeVarargs
    private void assertOpens(Class<? extends Component>... views) {
        for (Class<? extends Component> view : views) {
            UI.getCurrent().navigate(view);
            assertThat(getCurrentView()).as("opening %s", view.getSimpleName()).isInstanceOf(view);
            assertThat(location())
                    .isEqualTo(RouteConfiguration.forApplicationScope().getUrl(view));
        }
    }

    private void assertOpensDetail(long customerId) {
        UI.getCurrent().navigate(CustomerDetailView.class, Long.toString(customerId));
        assertThat(getCurrentView()).isInstanceOf(CustomerDetailView.class);
        assertThat(location()).isEqualTo("customers/" + customerId);
    }

    private void assertRefused(Class<? extends Component> view) {
        String url = RouteConfiguration.forApplicationScope().getUrl(view);
        UI.getCurrent().navigate(view);
        assertRefusedAt(url, view);
    }

    private void assertRefusedDetail(long customerId) {
        UI.getCurrent().navigate(CustomerDetailView.class, Long.toString(customerId));
        assertRefusedAt("customers/" + customerId, CustomerDetailView.class);
    }

    private void assertRefusedAt(String url, Class<? extends Component> view) {
        assertThat(getCurrentView()).as("refused %s", view.getSimpleName()).isInstanceOf(NotFoundView.class);
        assertThat(location())
                .as("the address stays, only the content is refused")
                .isEqualTo(url);
        assertThat(find(view).exists())
                .as("%s must not be created", view.getSimpleName())
                .isFalse();
    }

    private List<String> navItems() {
        return find(SideNavItem.class).all().stream()
                .map(item -> item.getLabel() + " -> " + item.getPath())
                .toList();
    }

    private void assertEveryNavItemOpens() {
        List<String> paths =
                find(SideNavItem.class).all().stream().map(SideNavItem::getPath).toList();
        assertThat(paths).isNotEmpty();
        for (String path : paths) {
            UI.getCurrent().navigate(path);
            assertThat(getCurrentView())
                    .as("nav item %s", path)
                    .isNotInstanceOf(NotFoundView.class)
                    .isNotInstanceOf(LoginView.class);
            assertThat(location()).isEqualTo(path);
        }
    }

    private static String location() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }

    private long anyCustomerId() {
        return jdbc.queryForObject("select min(id) from customer", Long.class);
    }

    private long customerOwnedBy(String username) {
        return jdbc.queryForObject(
                "select min(c.id) from customer c join account a on a.id = c.owner_id where a.username = ?",
                Long.class,
                username);
    }
}
