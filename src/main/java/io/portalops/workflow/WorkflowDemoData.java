package io.portalops.workflow;

import io.portalops.directory.DirectoryLookups;
import io.portalops.directory.EmploymentStatus;
import io.portalops.directory.PersonListItem;
import io.portalops.inventory.ProductRef;
import io.portalops.inventory.SaasCatalog;
import io.portalops.shared.RuleViolationException;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Seeds access profiles and a handful of runs in the demo profile, once (when there are no profiles): the demo people
 * starting soonest get onboarding runs (those starting within the lead time are overdue already) and a few people
 * leaving get offboarding runs, with some tasks done and one skipped. Gmail and Drive tasks go to the demo product
 * admin; Slack and GitHub ones to the demo service admin. Everything goes through the services, as the demo admin.
 */
@Component
@Profile("demo")
@Order(43)
class WorkflowDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(WorkflowDemoData.class);
    private static final Map<String, List<String>> PROFILES = Map.of(
            "Engineering",
                    List.of(
                            "Google Workspace · Gmail",
                            "Google Workspace · Drive",
                            "GitHub · Enterprise",
                            "Slack · Slack Business+"),
            "Sales",
                    List.of(
                            "Google Workspace · Gmail",
                            "Google Workspace · Drive",
                            "Slack · Slack Business+",
                            "Salesforce · Sales Cloud"),
            "Customer Support",
                    List.of("Google Workspace · Gmail", "Slack · Slack Business+", "Zendesk · Suite Professional"));

    private final AccessProfiles profiles;
    private final AccessProfileRepository profileRows;
    private final RunPlanner planner;
    private final WorkflowService workflow;
    private final WorkflowTaskRepository tasks;
    private final DirectoryLookups directory;
    private final SaasCatalog catalog;
    private final UserDetailsService users;

    WorkflowDemoData(
            AccessProfiles profiles,
            AccessProfileRepository profileRows,
            RunPlanner planner,
            WorkflowService workflow,
            WorkflowTaskRepository tasks,
            DirectoryLookups directory,
            SaasCatalog catalog,
            UserDetailsService users) {
        this.profiles = profiles;
        this.profileRows = profileRows;
        this.planner = planner;
        this.workflow = workflow;
        this.tasks = tasks;
        this.directory = directory;
        this.catalog = catalog;
        this.users = users;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (profileRows.count() > 0) {
            return;
        }
        Map<String, Long> products = catalog.allRefsUnscoped().values().stream()
                .collect(Collectors.toMap(ProductRef::label, ProductRef::id, (a, b) -> a));
        if (products.isEmpty()) {
            return;
        }
        Integer runs = asAdmin(() -> seed(products));
        log.info("Demo data: {} access profiles, {} runs", profileRows.count(), runs);
    }

    private int seed(Map<String, Long> products) {
        PROFILES.forEach((department, labels) -> {
            Set<Long> ids = labels.stream()
                    .map(products::get)
                    .filter(Objects::nonNull)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            if (!ids.isEmpty()) {
                profiles.create(new AccessProfileForm(department + " basics", department, null, ids, null));
            }
        });
        List<PersonListItem> starting = directory.withStatus(EmploymentStatus.PENDING_START, 1000).stream()
                .filter(p -> PROFILES.containsKey(p.department()) && p.startDate() != null)
                .sorted(Comparator.comparing(PersonListItem::startDate))
                .limit(5)
                .toList();
        List<PersonListItem> leaving = directory.withStatus(EmploymentStatus.LEAVING, 1000).stream()
                .filter(p -> p.endDate() != null)
                .sorted(Comparator.comparing(PersonListItem::endDate))
                .limit(3)
                .toList();
        starting.forEach(p -> planner.follow(p.id(), true));
        leaving.forEach(p -> planner.follow(p.id(), false));
        // Some work done already: the first onboarding's Gmail, and the first offboarding half revoked with one skip.
        List<WorkflowTask> open = tasks.findAll().stream()
                .filter(WorkflowTask::isOpen)
                .sorted(Comparator.comparing(WorkflowTask::getId))
                .toList();
        Long gmail = products.get("Google Workspace · Gmail");
        open.stream()
                .filter(t -> t.getKind() == TaskKind.GRANT && Objects.equals(t.getProductId(), gmail))
                .findFirst()
                .ifPresent(t -> attempt(() -> workflow.complete(t.getId(), "Mailbox created, ticket IT-1042")));
        List<WorkflowTask> revokes =
                open.stream().filter(t -> t.getKind() == TaskKind.REVOKE).toList();
        if (!revokes.isEmpty()) {
            long firstRun = revokes.getFirst().getRunId();
            List<WorkflowTask> first =
                    revokes.stream().filter(t -> t.getRunId() == firstRun).toList();
            for (int i = 0; i < first.size() / 2; i++) {
                long id = first.get(i).getId();
                attempt(() -> workflow.complete(id, "Removed in the vendor's admin console"));
            }
            if (first.size() > 2) {
                attempt(() -> workflow.skip(
                        first.getLast().getId(),
                        "Kept until the handover ends; revoked by the vendor on the end date"));
            }
        }
        return starting.size() + leaving.size();
    }

    private static void attempt(Runnable work) {
        try {
            work.run();
        } catch (RuleViolationException e) {
            log.debug("Demo task left open: {}", e.getMessage());
        }
    }

    private <T> @Nullable T asAdmin(Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        UserDetails admin;
        try {
            admin = users.loadUserByUsername("admin");
        } catch (UsernameNotFoundException e) {
            log.info("Demo data: no admin account, no workflow demo data");
            return null;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
