package io.portalops.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portalops.TestUsers;
import io.portalops.shared.InvalidInputException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

/** An event type's severity: the demo types', set and changed by an admin, required, and refused to others. */
@SpringBootTest
class EventTypeSeverityTest {

    @Autowired
    EventTypes types;

    @Autowired
    TestUsers users;

    static final String SCHEMA = "{\"type\":\"object\"}";

    EventTypeInfo type(String name) {
        return types.list().stream()
                .filter(t -> t.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void a_missed_payment_is_high_a_complaint_medium_and_a_login_low() {
        assertThat(type("payment.missed").severity()).isEqualTo(EventSeverity.HIGH);
        assertThat(type("complaint.opened").severity()).isEqualTo(EventSeverity.MEDIUM);
        assertThat(type("login").severity()).isEqualTo(EventSeverity.LOW);
    }

    @Test
    void an_admin_sets_and_changes_a_types_severity_and_must_give_one() {
        String name = "risk.flag-" + UUID.randomUUID().toString().substring(0, 6);
        users.run("admin", () -> types.save(name, "Risk signal", SCHEMA, EventSeverity.HIGH, true));
        assertThat(type(name).severity()).isEqualTo(EventSeverity.HIGH);
        users.run("admin", () -> types.save(name, "Risk signal", SCHEMA, EventSeverity.MEDIUM, true));
        assertThat(type(name).severity()).isEqualTo(EventSeverity.MEDIUM);

        assertThatThrownBy(() -> users.run("admin", () -> types.save(name, "Risk signal", SCHEMA, null, true)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("severity");
        assertThat(type(name).severity()).isEqualTo(EventSeverity.MEDIUM);
        assertThatThrownBy(() ->
                        users.run("analyst", () -> types.save(name, "Risk signal", SCHEMA, EventSeverity.LOW, true)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
