package io.portalops.review.demo;

import io.portalops.inventory.ProductRef;
import io.portalops.inventory.SaasCatalog;
import io.portalops.review.CampaignScope;
import io.portalops.review.Decision;
import io.portalops.review.DecisionRequest;
import io.portalops.review.ItemFilter;
import io.portalops.review.ReviewCampaigns;
import io.portalops.review.ReviewDecisions;
import io.portalops.review.ReviewItem;
import io.portalops.review.StartCampaign;
import io.portalops.workflow.WorkflowService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
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
 * One running campaign in the demo, once (when there is none): the admin reviews Google Workspace Drive (the demo
 * product admin reviews it) and GitHub Enterprise (the demo service admin), due in ten days. Some items are decided:
 * most kept, two revoked, and one of those revoke tasks done, so every state shows on first run. Everything goes
 * through the services, as the demo admin.
 */
@Component
@Profile("demo")
@Order(45)
class ReviewDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReviewDemoData.class);
    private static final Set<String> PRODUCTS = Set.of("Google Workspace · Drive", "GitHub · Enterprise");

    private final ReviewCampaigns campaigns;
    private final ReviewDecisions decisions;
    private final WorkflowService workflow;
    private final SaasCatalog catalog;
    private final UserDetailsService users;
    private final Clock clock;

    ReviewDemoData(
            ReviewCampaigns campaigns,
            ReviewDecisions decisions,
            WorkflowService workflow,
            SaasCatalog catalog,
            UserDetailsService users,
            Clock clock) {
        this.campaigns = campaigns;
        this.decisions = decisions;
        this.workflow = workflow;
        this.catalog = catalog;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Set<Long> products = catalog.allRefsUnscoped().values().stream()
                .filter(p -> PRODUCTS.contains(p.label()))
                .map(ProductRef::id)
                .collect(Collectors.toSet());
        if (products.isEmpty()) {
            return;
        }
        Integer decided = asAdmin(() -> campaigns.list().isEmpty() ? seed(products) : null);
        if (decided != null) {
            log.info("Demo data: one access review with {} decisions", decided);
        }
    }

    private int seed(Set<Long> products) {
        long id = campaigns
                .start(new StartCampaign(
                        "Quarterly access review " + LocalDate.now(clock).getYear() + "-Q"
                                + (LocalDate.now(clock).getMonthValue() + 2) / 3,
                        CampaignScope.PRODUCTS,
                        Set.of(),
                        products,
                        LocalDate.now(clock).plusDays(10),
                        null))
                .campaign()
                .id();
        List<ReviewItem> items = decisions.items(id, ItemFilter.none(), 0, 40).items();
        List<ReviewItem> suggested =
                items.stream().filter(i -> i.suggestion() != null).limit(2).toList();
        List<ReviewItem> revoke = suggested.size() == 2
                ? suggested
                : items.stream().skip(items.size() - 2L).toList();
        for (ReviewItem item : revoke) {
            decisions.decide(
                    id,
                    item.id(),
                    new DecisionRequest(
                            Decision.REVOKE,
                            item.suggestion() != null
                                    ? item.suggestion() + "; no business need"
                                    : "No longer needs it in their role"));
        }
        List<Long> keep = items.stream()
                .filter(i -> !revoke.contains(i))
                .limit(12)
                .map(ReviewItem::id)
                .toList();
        decisions.decideAll(id, keep, new DecisionRequest(Decision.KEEP, null));
        decisions.items(id, ItemFilter.none(), 0, 40).items().stream()
                .map(ReviewItem::taskId)
                .filter(Objects::nonNull)
                .findFirst()
                .ifPresent(task -> workflow.complete(task, "Removed in the vendor's admin console, ticket IT-2210"));
        return revoke.size() + keep.size();
    }

    private <T> T asAdmin(Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        UserDetails admin;
        try {
            admin = users.loadUserByUsername("admin");
        } catch (UsernameNotFoundException e) {
            log.info("Demo data: no admin account, no access review");
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
