package io.portalops.event.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import io.portalops.event.EventTypeInfo;
import io.portalops.event.EventTypes;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest
@ViewPackages(packages = "io.portalops")
class EventIntakeViewTest extends SpringBrowserlessTest {

    @Autowired
    EventTypes types;

    @Test
    @WithUserDetails("admin")
    void the_admin_sees_the_demo_types_and_saves_a_new_type_only_with_a_valid_schema() {
        EventIntakeView view = navigate(EventIntakeView.class);
        assertThat(view.types.getGenericDataView().getItems()).extracting(EventTypeInfo::name)
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
        assertThat(view.types.getGenericDataView().getItems()).extracting(EventTypeInfo::name).contains(name);
    }
}
