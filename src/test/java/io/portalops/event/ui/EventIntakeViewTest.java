package io.portalops.event.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.notification.Notification;
import io.portalops.event.DeadLetterItem;
import io.portalops.event.EventSeverity;
import io.portalops.event.EventTypeInfo;
import io.portalops.event.EventTypes;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest
@ViewPackages(packages = "io.portalops")
class EventIntakeViewTest extends SpringBrowserlessTest {

    @Autowired
    EventTypes types;

    @Autowired
    JdbcTemplate jdbc;

    int audited(String action, String targetId) {
        return jdbc.queryForObject(
                "select count(*) from audit_log where action = ? and target_id = ? and actor_name = 'admin'",
                Integer.class,
                action,
                targetId);
    }

    @Test
    @WithUserDetails("admin")
    void the_admin_sees_the_demo_types_and_saves_a_new_type_only_with_a_valid_schema() {
        EventIntakeView view = navigate(EventIntakeView.class);
        assertThat(view.types.getGenericDataView().getItems())
                .extracting(EventTypeInfo::name)
                .contains("payment.missed", "payment.received", "login", "complaint.opened", "usage.reported");

        String name = "contract.renewal." + UUID.randomUUID().toString().substring(0, 6);
        EventTypeDialog dialog = new EventTypeDialog(types, null, view::refresh);
        dialog.open();
        roundTrip();
        test(dialog.name).setValue(name);
        test(dialog.schema).setValue("{\"type\": 5}");
        test(dialog.save).click();
        assertThat(dialog.schema.isInvalid()).isTrue();
        assertThat(dialog.schema.getErrorMessage()).contains("JSON Schema");
        assertThat(types.list()).extracting(EventTypeInfo::name).doesNotContain(name);

        test(dialog.schema).setValue("{\"type\": \"object\", \"required\": [\"term\"]}");
        test(dialog.save).click();
        assertThat(types.list()).extracting(EventTypeInfo::name).contains(name);
        assertThat(view.types.getGenericDataView().getItems())
                .extracting(EventTypeInfo::name)
                .contains(name);
        assertThat(audited("event_type.created", name)).isEqualTo(1);
    }

    @Test
    @WithUserDetails("admin")
    void
            a_dead_letter_replayed_before_its_type_exists_stays_rejected_and_once_the_type_exists_is_stored_and_leaves_the_list() {
        String type = "contract.renewed." + UUID.randomUUID().toString().substring(0, 6);
        String eventId = UUID.randomUUID().toString();
        String customerRef = jdbc.queryForObject("select min(external_ref) from customer", String.class);
        String body = "{\"source\": \"crm\", \"eventId\": \"" + eventId + "\", \"type\": \"" + type + "\", "
                + "\"occurredAt\": \"2026-11-30T09:00:00Z\", \"customerRef\": \"" + customerRef
                + "\", \"payload\": {\"term\": 12}}";
        long id = jdbc.queryForObject(
                "insert into event_dead_letter (received_at, source, event_id, type, reason, body) "
                        + "values (now(), 'crm', ?, ?, 'Unknown event type', ?) returning id",
                Long.class,
                eventId,
                type,
                body);

        EventIntakeView view = navigate(EventIntakeView.class);
        view.tabs.setSelectedIndex(1);
        DeadLetterItem letter = letter(view, id);
        assertThat(letter.reason()).isEqualTo("Unknown event type");

        view.replay(letter);
        assertThat(find(Notification.class).all())
                .anySatisfy(n ->
                        assertThat(test(n).getText()).startsWith("Still rejected: Unknown event type '" + type + "'"));
        assertThat(letter(view, id).reason()).contains("Known types: GET /api/events/types");
        assertThat(letter(view, id).replayedAt()).isNull();

        types.save(type, "Renewal signed", "{\"type\": \"object\", \"required\": [\"term\"]}", EventSeverity.LOW, true);
        view.replay(letter(view, id));
        assertThat(find(Notification.class).all())
                .anySatisfy(n -> assertThat(test(n).getText()).isEqualTo("Event stored"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from events where source = 'crm' and event_id = ?", Integer.class, eventId))
                .isEqualTo(1);
        assertThat(view.deadLetters.getGenericDataView().getItems())
                .extracting(DeadLetterItem::id)
                .doesNotContain(id);

        test(view.showReplayed).click();
        assertThat(letter(view, id).replayedAt()).isNotNull();
        assertThat(audited("event.dead_letter_replayed", Long.toString(id))).isEqualTo(2);
    }

    static DeadLetterItem letter(EventIntakeView view, long id) {
        return view.deadLetters
                .getGenericDataView()
                .getItems()
                .filter(d -> d.id() == id)
                .findFirst()
                .orElseThrow();
    }

    @Test
    @WithUserDetails("admin")
    void a_dead_letter_from_a_stream_shows_where_it_arrived_and_one_from_the_api_says_so() {
        String origin = "kafka:billing-events-1@" + UUID.randomUUID().toString().substring(0, 6);
        long fromStream = jdbc.queryForObject(
                "insert into event_dead_letter (received_at, source, reason, body, origin) "
                        + "values (now(), 'kafka-billing', 'body: not an event', 'not json', ?) returning id",
                Long.class,
                origin);
        long fromApi = jdbc.queryForObject(
                "insert into event_dead_letter (received_at, source, reason, body) "
                        + "values (now(), 'crm', 'Unknown event type', '{}') returning id",
                Long.class);

        EventIntakeView view = navigate(EventIntakeView.class);
        view.tabs.setSelectedIndex(1);

        assertThat(EventIntakeView.arrivedBy(letter(view, fromStream))).isEqualTo(origin);
        assertThat(EventIntakeView.arrivedBy(letter(view, fromApi))).isEqualTo("HTTP API");
        assertThat(view.deadLetters.getColumns())
                .extracting(column -> column.getHeaderText())
                .contains("Arrived by");
    }
}
