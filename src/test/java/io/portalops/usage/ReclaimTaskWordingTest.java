package io.portalops.usage;

import static org.assertj.core.api.Assertions.assertThat;

import io.portalops.TestUsers;
import io.portalops.directory.DirectoryFixtures;
import io.portalops.security.Role;
import io.portalops.shared.Money;
import io.portalops.workflow.ReclaimProposal;
import io.portalops.workflow.TaskListItem;
import io.portalops.workflow.WorkflowService;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The tasks "reclaim idle seats" makes tell the product admin whose seat, of what, why and what it saves. */
@SpringBootTest
class ReclaimTaskWordingTest {

    @Autowired
    UsageFixtures fx;

    @Autowired
    DirectoryFixtures directory;

    @Autowired
    ProductUsage usage;

    @Autowired
    WorkflowService workflow;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    String holder(long grant) {
        return jdbc.queryForObject(
                "select p.name from access_grant g join person p on p.id = g.person_id where g.id = ?",
                String.class,
                grant);
    }

    @Test
    void a_reclaim_task_names_the_person_the_product_the_last_use_and_the_money_a_month() {
        UsageFixtures.Seats s = fx.seats();
        String productAdmin = directory.account(Role.PRODUCT_ADMIN);
        directory.productAdmin(productAdmin, s.product());
        String product = fx.ref(s.product()).label();
        LocalDate lastUse = jdbc.queryForObject(
                        "select u.last_used_at from product_use u join access_grant g "
                                + "on g.person_id = u.person_id and g.product_id = u.product_id where g.id = ?",
                        Timestamp.class,
                        s.idle())
                .toInstant()
                .atZone(ZoneId.systemDefault())
                .toLocalDate();

        ReclaimResult reclaim = users.as(productAdmin, () -> usage.reclaim(s.product()));
        TaskListItem idle = task(productAdmin, reclaim, s.idle());
        TaskListItem never = task(productAdmin, reclaim, s.neverUsed());

        assertThat(idle.reclaim()).isTrue();
        assertThat(idle.monthlySaving()).isEqualTo(Money.of("10.00", "EUR"));
        assertThat(idle.title())
                .isEqualTo("Reclaim idle seat: " + holder(s.idle()) + " on " + product + " (no use since " + lastUse
                        + ", saves EUR 10.00/month)");
        assertThat(never.title())
                .isEqualTo("Reclaim idle seat: " + holder(s.neverUsed()) + " on " + product
                        + " (never used, saves EUR 10.00/month)");
        assertThat(idle.title(d -> d.getDayOfMonth() + "." + d.getMonthValue() + "." + d.getYear()))
                .as("the date in the reader's style")
                .contains("no use since " + lastUse.getDayOfMonth() + "." + lastUse.getMonthValue() + ".");
        assertThat(idle.grantId()).isEqualTo(s.idle());
        assertThat(idle.productId()).isEqualTo(s.product());
    }

    private TaskListItem task(String user, ReclaimResult reclaim, long grant) {
        long id = reclaim.tasks().stream()
                .filter(t -> t.grantId() == grant)
                .map(ReclaimProposal::taskId)
                .findFirst()
                .orElseThrow();
        return users.as(user, () -> workflow.get(id));
    }
}
