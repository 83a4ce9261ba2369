package io.portalops.usage;

import io.portalops.TestUsers;
import io.portalops.directory.AccessGrantService;
import io.portalops.directory.DirectoryFixtures;
import io.portalops.directory.GrantRequest;
import io.portalops.directory.GrantStatus;
import io.portalops.inventory.LicenceModel;
import io.portalops.inventory.ProductRef;
import io.portalops.inventory.SaasCatalog;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A per-seat product of its own (10.00 EUR a seat a month) with four holders: one who used it lately, one idle for 40
 * days, one granted today and never seen, and one granted 60 days ago and never seen.
 */
@Component
public class UsageFixtures {

    /** A product and its four seats, by their grant ids. */
    public record Seats(long service, long product, long active, long idle, long newcomer, long neverUsed) {}

    private final DirectoryFixtures directory;
    private final TestUsers users;
    private final AccessGrantService grants;
    private final SaasCatalog catalog;
    private final JdbcTemplate jdbc;

    UsageFixtures(
            DirectoryFixtures directory,
            TestUsers users,
            AccessGrantService grants,
            SaasCatalog catalog,
            JdbcTemplate jdbc) {
        this.directory = directory;
        this.users = users;
        this.grants = grants;
        this.catalog = catalog;
        this.jdbc = jdbc;
    }

    public Seats seats() {
        long service = directory.service().id();
        long product = directory.product(service, LicenceModel.PER_SEAT, 10);
        Instant now = Instant.now();
        long active = grant(product, "Active Ada", now.minus(Duration.ofDays(90)), now.minus(Duration.ofDays(5)));
        long idle = grant(product, "Idle Ivo", now.minus(Duration.ofDays(90)), now.minus(Duration.ofDays(40)));
        long newcomer = grant(product, "New Nell", null, null);
        long never = grant(product, "Never Nils", now.minus(Duration.ofDays(60)), null);
        return new Seats(service, product, active, idle, newcomer, never);
    }

    /** An active grant to a new person, granted at the time given (else now), last used at the time given (or never). */
    public long grant(long product, String name, @Nullable Instant grantedAt, @Nullable Instant lastUsed) {
        long person = directory.person(name).id();
        long grant = users.as(
                        "admin", () -> grants.create(new GrantRequest(person, product, null, GrantStatus.ACTIVE, null)))
                .id();
        if (grantedAt != null) {
            jdbc.update("update access_grant set granted_at = ? where id = ?", Timestamp.from(grantedAt), grant);
        }
        if (lastUsed != null) {
            jdbc.update(
                    "insert into product_use (person_id, product_id, last_used_at, source, updated_at) "
                            + "values (?, ?, ?, 'test', now())",
                    person,
                    product,
                    Timestamp.from(lastUsed));
        }
        return grant;
    }

    public ProductRef ref(long product) {
        return users.as("admin", () -> catalog.refs(Set.of(product)).get(product));
    }

    public int tasksOf(long grant) {
        return jdbc.queryForObject(
                "select count(*) from workflow_task t join workflow_run r on r.id = t.run_id "
                        + "where t.grant_id = ? and r.kind = 'RECLAIM'",
                Integer.class,
                grant);
    }
}
