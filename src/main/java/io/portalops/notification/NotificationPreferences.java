package io.portalops.notification;

import io.portalops.security.CurrentUserProvider;
import io.portalops.shared.InvalidInputException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in user's choice, per cause, of immediate email, daily digest or in-app only. */
@Service
@PreAuthorize("isAuthenticated()")
public class NotificationPreferences {

    private final NotificationStore store;
    private final CurrentUserProvider currentUser;

    NotificationPreferences(NotificationStore store, CurrentUserProvider currentUser) {
        this.store = store;
        this.currentUser = currentUser;
    }

    /** Every cause, with the user's choice or the cause's default. */
    @Transactional(readOnly = true)
    public List<PreferenceItem> mine() {
        Map<NotificationCause, Delivery> chosen =
                store.preferencesOf(currentUser.require().accountId());
        return Arrays.stream(NotificationCause.values())
                .map(cause -> chosen.containsKey(cause)
                        ? new PreferenceItem(cause, chosen.get(cause), true)
                        : new PreferenceItem(cause, cause.defaultDelivery(), false))
                .toList();
    }

    /** Saves the given choices; causes not in the map keep theirs. A missing delivery changes nothing at all. */
    @Transactional
    public List<PreferenceItem> saveMine(Map<NotificationCause, Delivery> choices) {
        if (choices == null || choices.entrySet().stream().anyMatch(e -> e.getKey() == null || e.getValue() == null)) {
            throw new InvalidInputException("delivery", "Choose a delivery for every cause.");
        }
        long me = currentUser.require().accountId();
        choices.forEach((cause, delivery) -> store.savePreference(me, cause, delivery));
        return mine();
    }
}
