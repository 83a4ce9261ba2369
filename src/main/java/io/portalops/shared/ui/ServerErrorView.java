package io.portalops.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.portalops.shared.db.DatabaseUnavailable;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces Vaadin's error page, which shows a stack trace in development mode, for failures while opening a view.
 */
@AnonymousAllowed
@com.vaadin.flow.router.PageTitle("Something went wrong")
public class ServerErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ServerErrorView.class);
    private final Paragraph message = new Paragraph();

    public ServerErrorView() {
        addClassName("server-error");
        add(new H2("Something went wrong"), message, new Anchor("", "Go to the start page"));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        if (DatabaseUnavailable.causes(parameter.getCaughtException())) {
            log.warn("Cannot open {}, database unavailable", event.getLocation().getPath());
            message.setText(DatabaseUnavailable.MESSAGE);
            return HttpStatusCode.SERVICE_UNAVAILABLE.getCode();
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error(
                "Error opening {}, reference {}",
                event.getLocation().getPath(),
                reference,
                parameter.getCaughtException());
        message.setText("This page could not be opened. Please try again; if it keeps happening, quote reference "
                + reference + ".");
        return HttpStatusCode.INTERNAL_SERVER_ERROR.getCode();
    }
}
