package io.portalops.shared.jobs.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import io.portalops.shared.jobs.JobOutcome;
import io.portalops.shared.jobs.JobRunItem;
import io.portalops.shared.jobs.JobStatus;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest
@ViewPackages(packages = "io.portalops")
class JobsViewTest extends SpringBrowserlessTest {

    JobStatus job(JobsView view, String name) {
        return view.grid.getGenericDataView().getItems().filter(j -> j.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    @WithUserDetails("admin")
    void an_admin_sees_the_jobs_and_runs_one_now_after_confirming() {
        JobsView view = navigate(JobsView.class);
        assertThat(view.grid.getGenericDataView().getItems()).extracting(JobStatus::name)
                .contains("contract-activation", "contract-expiry", "event-partitions-create");

        view.confirmRun(job(view, "event-partitions-create"));
        test(find(ConfirmDialog.class).single()).confirm();

        await().pollInSameThread().atMost(Duration.ofSeconds(20)).until(() -> {
            VaadinService.getCurrent().runPendingAccessTasks(VaadinSession.getCurrent());
            JobRunItem last = job(view, "event-partitions-create").lastRun();
            return last != null && last.requestedBy() != null && last.requestedBy().equals("admin");
        });
        JobRunItem last = job(view, "event-partitions-create").lastRun();
        assertThat(last.outcome()).isEqualTo(JobOutcome.SUCCEEDED);
        assertThat(find(Notification.class).all()).anySatisfy(n ->
                assertThat(test(n).getText()).contains("Create event partitions: "));

        view.grid.select(job(view, "event-partitions-create"));
        assertThat(view.runsTitle.getText()).isEqualTo("Runs of Create event partitions");
        assertThat(view.runs.getGenericDataView().getItems()).extracting(JobRunItem::id).contains(last.id());
    }
}
