package io.portalops.shared.db.replica;

import static org.assertj.core.api.Assertions.assertThat;

import io.portalops.TestUsers;
import io.portalops.event.EventFilter;
import io.portalops.event.EventFixtures;
import io.portalops.event.EventListItem;
import io.portalops.event.EventLog;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

/** In the shared context, which has no replica: nothing is wrapped, and a marked read goes to the primary. */
@SpringBootTest
class NoReplicaTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    EventLog eventLog;

    @Autowired
    EventFixtures events;

    @Autowired
    TestUsers users;

    @Test
    void without_a_replica_url_every_read_goes_to_the_primary() {
        String source = EventFixtures.uniqueSource();
        long id = events.ingest(
                source,
                "payment.missed",
                events.customerOf("manager"),
                Instant.now().minus(1, ChronoUnit.HOURS));

        assertThat(dataSource).isNotInstanceOf(LazyConnectionDataSourceProxy.class);
        assertThat(users.as(
                        "admin",
                        () -> eventLog.search(
                                        new EventFilter(null, null, null, source, null, null, null, null), null, 5)
                                .items()))
                .extracting(EventListItem::id)
                .containsExactly(id);
    }
}
