package io.portalops.customer;

import static org.assertj.core.api.Assertions.assertThat;

import io.portalops.TestUsers;
import io.portalops.audit.EntityChange;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The customer's History tab: people's names, the demo creation at the customer's own date, and reveals with why. */
@SpringBootTest
class CustomerHistoryTest {

    @Autowired
    CustomerService customers;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_reveal_shows_in_the_history_with_who_when_and_why_and_the_demo_creation_keeps_its_date() {
        // a customer the demo generator created, whose History starts with that creation
        long id = jdbc.queryForObject(
                "select max(c.id) from customer c join customer_aud a on a.id = c.id and a.revtype = 0 "
                        + "join audit_revision r on r.id = a.rev where r.username = 'demo-data' "
                        + "and c.national_id_enc is not null",
                Long.class);
        Instant createdAt = jdbc.queryForObject("select created_at from customer where id = ?", Instant.class, id);
        String reason = "Ticket HIST-" + System.nanoTime();

        Instant before = Instant.now();
        users.run("admin", () -> customers.reveal(id, PiiField.NATIONAL_ID, reason));
        List<EntityChange> history = users.as("admin", () -> customers.history(id));

        EntityChange reveal = history.getFirst();
        assertThat(reveal.kind()).isEqualTo("Revealed");
        assertThat(reveal.actor()).as("a display name, not the username").isEqualTo("Ada Admin");
        assertThat(reveal.at()).isAfterOrEqualTo(before.minusSeconds(1));
        assertThat(reveal.fields()).singleElement().satisfies(f -> {
            assertThat(f.field()).isEqualTo("National ID");
            assertThat(f.newValue()).contains(reason);
        });

        EntityChange created = history.getLast();
        assertThat(created.kind()).isEqualTo("Created");
        assertThat(created.actor()).isEqualTo("Demo data generator");
        assertThat(created.at())
                .as("the date the record says it was made, not the seeding day")
                .isEqualTo(createdAt);
        assertThat(history).extracting(EntityChange::actor).doesNotContain("admin", "demo-data");
    }
}
