package io.portalops.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import io.portalops.audit.AuditEntry;
import io.portalops.audit.AuditLog;
import io.portalops.audit.AuditLogItem;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest
@ViewPackages(packages = "io.portalops")
class AuditViewTest extends SpringBrowserlessTest {

    @Autowired
    AuditLog audit;

    @Test
    @WithUserDetails("admin")
    void an_admin_filters_the_log_and_verifies_the_chain_with_progress() {
        long seq = audit.record(AuditEntry.of("test.view_entry", "test", "view", Map.of("shown", true)));
        AuditView view = navigate(AuditView.class);
        assertThat(view.grid.getGenericDataView().getItems().limit(50)).extracting(AuditLogItem::seq).contains(seq);

        test(view.action).setValue("test.view");
        assertThat(view.grid.getGenericDataView().getItems()).extracting(AuditLogItem::action).containsOnly("test.view_entry");
        test(view.action).setValue("no.such.action");
        assertThat(view.grid.getGenericDataView().getItems()).isEmpty();

        test(view.verify).click();
        await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> {
            VaadinService.getCurrent().runPendingAccessTasks(VaadinSession.getCurrent());
            return view.verify.isEnabled();
        });
        assertThat(view.result.getElement().getTextRecursively()).contains("Intact").contains("Intact up to #");
    }
}
