package io.portalops.jobs.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import io.portalops.jobs.JobOutcome;
import io.portalops.jobs.JobRunItem;
import io.portalops.jobs.JobStatus;
import io.portalops.jobs.PendingPublication;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest
@ViewPackages(packages = "io.portalops")
class JobsViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    JobStatus job(JobsView view, String name) {
        return view.grid
                .getGenericDataView()
                .getItems()
                .filter(j -> j.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    @WithUserDetails("admin")
    void an_admin_sees_the_jobs_and_runs_one_now_after_confirming() {
        JobsView view = navigate(JobsView.class);
        assertThat(view.grid.getGenericDataView().getItems())
                .extracting(JobStatus::name)
                .contains("contract-activation", "contract-expiry", "event-partitions-create");

        view.confirmRun(job(view, "event-partitions-create"));
        test(find(ConfirmDialog.class).single()).confirm();

        await().pollInSameThread().atMost(Duration.ofSeconds(20)).until(() -> {
            VaadinService.getCurrent().runPendingAccessTasks(VaadinSession.getCurrent());
            JobRunItem last = job(view, "event-partitions-create").lastRun();
            return last != null
                    && last.requestedBy() != null
                    && last.requestedBy().equals("admin");
        });
        JobRunItem last = job(view, "event-partitions-create").lastRun();
        assertThat(last.outcome()).isEqualTo(JobOutcome.SUCCEEDED);
        assertThat(find(Notification.class).all())
                .anySatisfy(n -> assertThat(test(n).getText()).contains("Create event partitions: "));

        view.grid.select(job(view, "event-partitions-create"));
        assertThat(view.runsTitle.getText()).isEqualTo("Runs of Create event partitions");
        assertThat(view.runs.getGenericDataView().getItems())
                .extracting(JobRunItem::id)
                .contains(last.id());
    }

    @Test
    @WithUserDetails("admin")
    void an_admin_sees_an_undelivered_module_event_and_resubmits_it_until_it_is_delivered() {
        UUID id = UUID.randomUUID();
        // a publication whose listener failed: it names no real customer, so delivering it changes nothing
        jdbc.update(
                "insert into event_publication (id, listener_id, event_type, serialized_event, publication_date, status, completion_attempts) "
                        + "values (?, ?, 'io.portalops.customer.CustomerOwnerChanged', ?, ?, 'FAILED', 1)",
                id,
                "io.portalops.contract.ContractOwnerFollower.onCustomerOwnerChanged(io.portalops.customer.CustomerOwnerChanged)",
                "{\"customerId\":-" + Math.abs(id.getLeastSignificantBits() % 1_000_000) + ",\"newOwnerId\":-1}",
                Timestamp.from(Instant.now().minusSeconds(30)));

        JobsView view = navigate(JobsView.class);
        assertThat(view.pending.isVisible()).isTrue();
        assertThat(view.pendingTitle.getText()).startsWith("Module events not yet delivered: ");
        PendingPublication shown = view.pending
                .getGenericDataView()
                .getItems()
                .filter(p -> p.id().equals(id))
                .findFirst()
                .orElseThrow();
        assertThat(shown.eventType()).isEqualTo("io.portalops.customer.CustomerOwnerChanged");
        assertThat(shown.listenerId()).contains("onCustomerOwnerChanged");

        view.resubmit(shown);

        await().atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.queryForObject(
                        "select completion_date is not null from event_publication where id = ?", Boolean.class, id));
        view.refresh();
        assertThat(view.pending.getGenericDataView().getItems())
                .extracting(PendingPublication::id)
                .doesNotContain(id);
    }
}
