package io.portalops.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.menu.MenuConfiguration;
import io.portalops.dashboard.Dashboard;
import io.portalops.dashboard.DashboardSnapshot;
import io.portalops.shared.demo.DemoSeeding;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The start page: a section per role the user holds (approvals, own customers, contracts and events, SaaS
 * operations), each tile and chart point a link into the matching filtered grid. A user without any of those roles
 * (an auditor) gets a card per area they may open instead.
 */
@Route("")
@PageTitle("Dashboard")
@Menu(order = 0, icon = "vaadin:dashboard", title = "Dashboard")
@PermitAll
public class DashboardView extends VerticalLayout {

    private static final Logger log = LoggerFactory.getLogger(DashboardView.class);

    DashboardView(Dashboard dashboard, Clock clock, DemoSeeding seeding, ReviewSection reviews) {
        long started = System.nanoTime();
        addClassName("dashboard-view");
        DashboardSnapshot snapshot = dashboard.snapshot();
        Span freshness = new Span(Freshness.of(snapshot.asOf(), snapshot.now()));
        freshness.addClassName("dashboard-freshness");
        if (snapshot.asOf() != null) {
            freshness
                    .getElement()
                    .setAttribute(
                            "title",
                            DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(snapshot.asOf()
                                    .atZone(ZoneId.systemDefault())
                                    .withNano(0)));
        }
        // the header already says "Dashboard"
        Div header = new Div(freshness);
        header.addClassName("dashboard-header");
        add(header);
        DemoSeeding.Progress progress = seeding.progress();
        if (progress.running()) {
            // the figures below are of the data so far; reloading shows more (docs/benchmarks.md, cold start)
            Paragraph generating = new Paragraph(progress.message());
            generating.addClassName("demo-seeding");
            add(generating);
        }
        LocalDate today = LocalDate.now(clock);
        if (snapshot.approvals() != null) {
            add(ApprovalSection.of(snapshot.approvals()));
        }
        if (snapshot.account() != null) {
            add(AccountSection.of(snapshot.account(), snapshot.now()));
        }
        if (snapshot.analysis() != null) {
            add(AnalysisSection.of(snapshot.analysis()));
        }
        if (snapshot.saas() != null) {
            add(SaasSection.of(snapshot.saas(), today));
        }
        reviews.section().ifPresent(this::add);
        if (snapshot.isEmpty()) {
            add(new Paragraph("These are the areas your roles open to you."), areaCards());
        }
        log.debug(
                "Dashboard built in {} ms (figures read in {} ms)",
                (System.nanoTime() - started) / 1_000_000,
                snapshot.readMillis());
    }

    private static Div areaCards() {
        Div cards = new Div();
        cards.addClassName("card-grid");
        MenuConfiguration.getMenuEntries().stream()
                .filter(entry -> entry.menuClass() != DashboardView.class)
                .forEach(entry -> {
                    RouterLink card = new RouterLink();
                    card.setRoute(entry.menuClass());
                    card.addClassName("nav-card");
                    if (entry.icon() != null && entry.icon().startsWith("vaadin:")) {
                        card.add(new Icon(entry.icon()));
                    }
                    card.add(new Span(entry.title()));
                    cards.add(card);
                });
        return cards;
    }
}
