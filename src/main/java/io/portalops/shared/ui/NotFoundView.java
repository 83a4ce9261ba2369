package io.portalops.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.HttpStatusCode;
import jakarta.annotation.security.PermitAll;

/**
 * Shown for unknown addresses and for records outside the user's scope alike, so that a URL does not tell whether
 * a record exists.
 */
@PermitAll
@PageTitle("Not found")
@ParentLayout(MainLayout.class)
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    public NotFoundView() {
        addClassName("not-found");
        add(
                new H2("Not found"),
                new Paragraph("The page or record you asked for does not exist, or you may not see it."),
                new Anchor("", "Go to the start page"));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpStatusCode.NOT_FOUND.getCode();
    }
}
