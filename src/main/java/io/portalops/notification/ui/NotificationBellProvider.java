package io.portalops.notification.ui;

import com.vaadin.flow.component.Component;
import io.portalops.notification.NotificationInbox;
import io.portalops.security.CurrentUserProvider;
import io.portalops.shared.ui.HeaderComponentProvider;
import java.time.Clock;
import java.util.Optional;

/** Puts the notification bell into the header of every signed-in view. */
@org.springframework.stereotype.Component
class NotificationBellProvider implements HeaderComponentProvider {

    private final NotificationInbox inbox;
    private final CurrentUserProvider currentUser;
    private final Clock clock;

    NotificationBellProvider(NotificationInbox inbox, CurrentUserProvider currentUser, Clock clock) {
        this.inbox = inbox;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public Optional<Component> create() {
        return currentUser.find().map(user -> new NotificationBell(inbox, clock));
    }
}
