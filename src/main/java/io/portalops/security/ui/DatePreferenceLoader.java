package io.portalops.security.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.portalops.security.AccountPreferences;
import io.portalops.shared.ui.DateFields;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Reads the signed-in user's date format once per browser session, before the first view that shows a date. */
@Component
class DatePreferenceLoader implements VaadinServiceInitListener {

    private final AccountPreferences preferences;

    DatePreferenceLoader(AccountPreferences preferences) {
        this.preferences = preferences;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addUIInitListener(init -> init.getUI().addBeforeEnterListener(enter -> {
                    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
                    if (!DateFields.known()
                            && auth != null
                            && auth.isAuthenticated()
                            && !(auth instanceof AnonymousAuthenticationToken)) {
                        try {
                            DateFields.remember(preferences.myDateStyle());
                        } catch (org.springframework.security.access.AccessDeniedException notYet) {
                            // mid sign-in (second factor step): the default until the sign-in completes
                        }
                    }
                }));
    }
}
