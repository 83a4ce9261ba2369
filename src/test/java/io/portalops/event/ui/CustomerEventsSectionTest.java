package io.portalops.event.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.grid.Grid;
import io.portalops.customer.ui.CustomerDetailView;
import io.portalops.event.EventFixtures;
import io.portalops.event.EventListItem;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest
@ViewPackages(packages = "io.portalops")
class CustomerEventsSectionTest extends SpringBrowserlessTest {

    @Autowired
    EventFixtures fixtures;

    @Test
    @WithUserDetails("manager")
    @SuppressWarnings("unchecked")
    void the_customer_detail_shows_the_customers_events_newest_first() {
        String ref = fixtures.customerOf("manager");
        long customerId = fixtures.customerId(ref);
        String source = EventFixtures.uniqueSource();
        long older = fixtures.ingest(source, "login", ref, Instant.now().minus(400, ChronoUnit.DAYS));
        long newer =
                fixtures.ingest(source, "payment.missed", ref, Instant.now().minus(1, ChronoUnit.HOURS));

        navigate(CustomerDetailView.class, Long.toString(customerId));
        roundTrip();
        test(find(com.vaadin.flow.component.tabs.TabSheet.class).single()).select("Events");
        roundTrip();
        Grid<EventListItem> grid =
                find(Grid.class).withClassName("customer-events").single();
        var ids = grid.getGenericDataView()
                .getItems()
                .filter(e -> e.source().equals(source))
                .map(EventListItem::id)
                .toList();
        assertThat(ids).containsExactly(newer, older);
    }
}
