package io.portalops.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.portalops.shared.InvalidInputException;
import io.portalops.shared.NotFoundException;
import io.portalops.shared.RuleViolationException;
import io.portalops.shared.StaleDataException;
import io.portalops.shared.db.DatabaseUnavailable;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.AccessDeniedException;

/**
 * What a user sees when something fails: a plain message, never a stack trace. The details go to the log under a
 * reference the user can quote.
 */
@Configuration
class UiErrorHandling {

    private static final Logger log = LoggerFactory.getLogger(UiErrorHandling.class);

    @Bean
    VaadinServiceInitListener uiErrorHandler() {
        return event -> event.getSource()
                .addSessionInitListener(session -> session.getSession().setErrorHandler(this::handle));
    }

    private void handle(ErrorEvent event) {
        Throwable cause = rootOf(event.getThrowable());
        String message = DatabaseUnavailable.causes(event.getThrowable())
                ? databaseUnavailable()
                : switch (cause) {
                    case AccessDeniedException denied -> "You are not allowed to do that.";
                    case NotFoundException notFound -> "That record does not exist or is not visible to you.";
                    case StaleDataException stale -> stale.getMessage();
                    case InvalidInputException invalid -> invalid.getMessage();
                    case RuleViolationException rule -> rule.getMessage();
                    default -> {
                        String reference = UUID.randomUUID().toString().substring(0, 8);
                        log.error("Unexpected UI error, reference {}", reference, event.getThrowable());
                        yield "Something went wrong. Please try again; if it keeps happening, quote reference "
                                + reference + ".";
                    }
                };
        event.getComponent().flatMap(Component::getUI).ifPresent(ui -> ui.access(() -> Notifications.error(message)));
    }

    /** An outage, not a defect: no reference to quote, and no stack in the log (docs/reliability.md). */
    private static String databaseUnavailable() {
        log.warn("UI action failed, database unavailable");
        return DatabaseUnavailable.MESSAGE;
    }

    private static Throwable rootOf(Throwable throwable) {
        Throwable current = throwable;
        while (current.getCause() != null
                && current.getCause() != current
                && !(current instanceof AccessDeniedException
                        || current instanceof NotFoundException
                        || current instanceof StaleDataException
                        || current instanceof InvalidInputException
                        || current instanceof RuleViolationException)) {
            current = current.getCause();
        }
        return current;
    }
}
