package io.portalops.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import io.portalops.audit.AuditEntry;
import io.portalops.audit.AuditLog;
import io.portalops.audit.AuditLogItem;
import io.portalops.shared.ui.grid.GridKeys;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
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
    void an_admin_filters_the_log_by_action_target_and_time_and_reads_an_entry() {
        String target = UUID.randomUUID().toString();
        long seq = audit.record(
                AuditEntry.of("test.view_entry", "test", target, Map.of("shown", true, "nested", Map.of("b", 1))));
        audit.record(AuditEntry.of("test.view_other", "test", "other-" + target, Map.of()));
        AuditView view = navigate(AuditView.class);
        assertThat(view.grid.getGenericDataView().getItems().limit(50))
                .extracting(AuditLogItem::seq)
                .contains(seq);

        test(view.filters.action).setValue("test.view");
        assertThat(view.grid.getGenericDataView().getItems())
                .extracting(AuditLogItem::action)
                .allMatch(action -> action.startsWith("test.view"))
                .contains("test.view_entry", "test.view_other");
        test(view.filters.targetType).setValue("TEST");
        test(view.filters.targetId).setValue(target);
        assertThat(view.grid.getGenericDataView().getItems())
                .extracting(AuditLogItem::seq)
                .containsExactly(seq);
        test(view.filters.from).setValue(LocalDate.now().minusDays(1));
        test(view.filters.to).setValue(LocalDate.now().plusDays(1));
        assertThat(view.grid.getGenericDataView().getItems())
                .extracting(AuditLogItem::seq)
                .containsExactly(seq);
        assertThatThrownBy(
                        () -> test(view.filters.from).setValue(LocalDate.now().plusDays(2)))
                .as("the picker refuses a start after the end")
                .isInstanceOf(IllegalArgumentException.class);
        test(view.filters.to).setValue(LocalDate.now().minusDays(1));
        assertThat(view.grid.getGenericDataView().getItems())
                .as("yesterday only")
                .isEmpty();
        view.filters.from.clear();
        view.filters.to.clear();

        test(view.grid).select(0);
        assertThat(view.detail.getText())
                .startsWith("#" + seq + "  test.view_entry")
                .contains("\n  \"nested\"")
                .contains("\"shown\"");

        test(view.filters.action).setValue("no.such.action");
        assertThat(view.grid.getGenericDataView().getItems()).isEmpty();
    }

    @Test
    @WithUserDetails("auditor")
    void the_filters_come_from_the_url_and_go_back_into_it() {
        String target = UUID.randomUUID().toString();
        long seq = audit.record(AuditEntry.of("test.url_entry", "test", target, Map.of()));
        audit.record(AuditEntry.of("test.url_other", "test", "other-" + target, Map.of()));
        String today = LocalDate.now().toString();
        UI.getCurrent()
                .navigate(
                        AuditView.class,
                        QueryParameters.simple(Map.of(
                                "action",
                                "test.url",
                                "targetType",
                                "TEST",
                                "targetId",
                                target,
                                "from",
                                today,
                                "to",
                                "not-a-date")));
        AuditView view = (AuditView) getCurrentView();

        assertThat(view.filters.action.getValue()).isEqualTo("test.url");
        assertThat(view.filters.targetId.getValue()).isEqualTo(target);
        assertThat(view.filters.from.getValue()).isEqualTo(LocalDate.now());
        assertThat(view.filters.to.getValue()).as("an invalid date is ignored").isNull();
        assertThat(view.grid.getGenericDataView().getItems())
                .extracting(AuditLogItem::seq)
                .containsExactly(seq);

        GridKeys.replacedUrls();
        test(view.filters.actor).setValue("nobody-" + target);
        assertThat(GridKeys.replacedUrls())
                .last()
                .asString()
                .startsWith("audit?")
                .contains("action=test.url", "targetId=" + target, "from=" + today, "actor=nobody-" + target);
        assertThat(view.grid.getGenericDataView().getItems()).isEmpty();
    }

    @Test
    @WithUserDetails("admin")
    void a_time_range_typed_backwards_says_so_instead_of_failing() {
        AuditView view = navigate(AuditView.class);
        view.filters.from.setValue(LocalDate.now());
        view.filters.to.setMin(null);
        view.filters.to.setValue(LocalDate.now().minusDays(3));
        assertThat(view.grid.getGenericDataView().getItems()).isEmpty();
        assertThat(view.filters.to.isInvalid()).isTrue();
        assertThat(view.filters.to.getErrorMessage()).contains("after its end");
    }

    @Test
    @WithUserDetails("auditor")
    void an_auditor_verifies_the_chain_with_progress_and_reads_intact_up_to_the_newest_entry() {
        long seq = audit.record(AuditEntry.of("test.view_verify", "test", "verify", Map.of()));
        AuditView view = navigate(AuditView.class);
        test(view.verify).click();
        assertThat(view.progress.isVisible()).isTrue();
        assertThat(view.verify.isEnabled()).isFalse();
        await().pollInSameThread().atMost(Duration.ofSeconds(30)).until(() -> {
            VaadinService.getCurrent().runPendingAccessTasks(VaadinSession.getCurrent());
            return view.verify.isEnabled();
        });
        assertThat(view.progress.isVisible()).isFalse();
        String shown = view.result.getElement().getTextRecursively();
        assertThat(shown).contains("Intact up to #");
        long upTo = Long.parseLong(shown.replaceAll("(?s).*Intact up to #(\\d+).*", "$1"));
        assertThat(upTo).isGreaterThanOrEqualTo(seq);
    }
}
