package io.portalops.directory.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.portalops.audit.ui.HistoryTab;
import io.portalops.bulk.BulkActions;
import io.portalops.directory.AccessGrantService;
import io.portalops.directory.PersonDetails;
import io.portalops.directory.PersonService;
import io.portalops.inventory.SaasCatalog;
import io.portalops.security.CurrentUserProvider;
import io.portalops.security.Role;
import io.portalops.shared.ui.HistoryPanel;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;

/**
 * One person: their access (only the grants of products the user sees, each with its history), their details
 * (editable by an ADMIN) and the person's own history. {@code directory/people/new} creates one (ADMIN only; anyone
 * else gets the not-found page, as for a missing person).
 */
@Route("directory/people")
@RolesAllowed({"ADMIN", "SERVICE_ADMIN", "PRODUCT_ADMIN"})
public class PersonView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final PersonService people;
    private final AccessGrantService grants;
    private final SaasCatalog catalog;
    private final CurrentUserProvider currentUser;
    private final BulkActions bulkActions;
    private final List<PersonWorkSection> work;
    private final H2 title = new H2();
    private final Span status = new Span();
    final Span subtitle = new Span();
    final TabSheet tabs = new TabSheet();
    PersonAccessPanel access;
    PersonEditor editor;
    HistoryPanel history;
    private HistoryTab historyTab;

    PersonView(
            PersonService people,
            AccessGrantService grants,
            SaasCatalog catalog,
            CurrentUserProvider currentUser,
            ObjectProvider<PersonWorkSection> work,
            BulkActions bulkActions) {
        this.people = people;
        this.bulkActions = bulkActions;
        this.work = work.orderedStream().toList();
        this.grants = grants;
        this.catalog = catalog;
        this.currentUser = currentUser;
        addClassName("person-view");
        setSizeFull();
        HorizontalLayout heading = new HorizontalLayout(title, status);
        heading.setAlignItems(Alignment.BASELINE);
        subtitle.addClassName("person-subtitle");
        tabs.setSizeFull();
        add(new RouterLink("← Directory", DirectoryView.class), heading, subtitle, tabs);
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        clear();
        boolean admin = currentUser.require().has(Role.ADMIN);
        if ("new".equals(parameter)) {
            if (!admin) {
                throw new NotFoundException();
            }
            title.setText("New person");
            editor = new PersonEditor(
                    people,
                    true,
                    saved -> getUI().ifPresent(ui -> ui.navigate(PersonView.class, Long.toString(saved.id()))));
            editor.editNew();
            tabs.add("Details", editor);
            return;
        }
        try {
            show(people.get(Long.parseLong(parameter)), admin);
        } catch (NumberFormatException | io.portalops.shared.NotFoundException e) {
            throw new NotFoundException();
        }
    }

    /** Vaadin reuses the view from one person to the next (e.g. after creating one), so the old tabs go first. */
    private void clear() {
        if (historyTab != null) {
            historyTab.remove();
            historyTab = null;
        }
        while (tabs.getTabCount() > 0) {
            tabs.remove(0);
        }
        status.removeAll();
        subtitle.setText("");
        access = null;
        editor = null;
        history = null;
    }

    private void show(PersonDetails person, boolean admin) {
        heading(person);
        access = new PersonAccessPanel(grants, people, catalog.grantableProducts(), person, bulkActions);
        editor = new PersonEditor(people, admin, this::saved);
        editor.edit(person);
        long id = person.id();
        tabs.add("Access", access);
        tabs.add("Details", editor);
        work.forEach(section -> tabs.add(section.title(), section.create(id)));
        historyTab = HistoryTab.add(tabs, () -> people.history(id));
        history = historyTab.panel;
    }

    private void heading(PersonDetails person) {
        title.setText(person.name());
        status.removeAll();
        status.add(DirectoryBadges.employment(person.status()));
        StringBuilder text = new StringBuilder(person.employeeNumber());
        for (String part : new String[] {person.title(), person.department(), person.location(), person.email()}) {
            if (part != null) {
                text.append(" · ").append(part);
            }
        }
        if (person.managerName() != null) {
            text.append(" · reports to ").append(person.managerName());
        }
        text.append(
                person.accountUsername() == null ? " · cannot sign in" : " · signs in as " + person.accountUsername());
        subtitle.setText(text.toString());
    }

    private void saved(PersonDetails person) {
        heading(person);
        history.invalidate();
    }

    @Override
    public String getPageTitle() {
        return title.getText() + " · Directory";
    }
}
