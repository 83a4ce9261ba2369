package io.portalops.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.portalops.TestUsers;
import io.portalops.bulk.BulkActions;
import io.portalops.bulk.BulkResult;
import io.portalops.bulk.BulkRowResult;
import io.portalops.bulk.BulkSelection;
import io.portalops.inventory.LicenceModel;
import io.portalops.inventory.SaasCatalog;
import io.portalops.security.Role;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Bulk revoke of grants (ADR 044): the single revoke's scope, state check and freed seat, row by row. */
@SpringBootTest
class GrantBulkTest {

    @Autowired
    AccessGrantService grants;

    @Autowired
    BulkActions bulk;

    @Autowired
    SaasCatalog catalog;

    @Autowired
    DirectoryFixtures fixtures;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    long grant(long personId, long productId) {
        return users.as(
                        "admin",
                        () -> grants.create(new GrantRequest(personId, productId, null, GrantStatus.ACTIVE, null)))
                .id();
    }

    String status(long grant) {
        return jdbc.queryForObject("select status from access_grant where id = ?", String.class, grant);
    }

    int seatsAssigned(long productId) {
        return users.as("admin", () -> catalog.product(productId).product().seatsAssigned());
    }

    @Test
    void a_product_admin_revokes_the_grants_of_their_product_and_others_are_refused_as_not_found() {
        long service = fixtures.service().id();
        long mine = fixtures.product(service, LicenceModel.PER_SEAT, 5);
        long theirs = fixtures.product(service, LicenceModel.PER_SEAT, 5);
        String admin = fixtures.account(Role.PRODUCT_ADMIN);
        fixtures.productAdmin(admin, mine);
        long ann = fixtures.person("Bulk Ann").id();
        long ben = fixtures.person("Bulk Ben").id();
        long annMine = grant(ann, mine);
        long benMine = grant(ben, mine);
        long annTheirs = grant(ann, theirs);
        users.run("admin", () -> grants.revoke(benMine, "Left the team"));
        List<Long> selected = List.of(annMine, benMine, annTheirs, Long.MAX_VALUE);

        BulkResult result = users.as(
                admin,
                () -> bulk.run("grants", "revoke", BulkSelection.ofIds(selected), Map.of("reason", "Licence audit")));

        assertThat(result.rows())
                .extracting(BulkRowResult::id, BulkRowResult::done, BulkRowResult::reason)
                .containsExactly(
                        tuple(annMine, true, null),
                        tuple(benMine, false, "This grant is revoked already."),
                        tuple(annTheirs, false, "Not found."),
                        tuple(Long.MAX_VALUE, false, "Not found."));
        assertThat(status(annMine)).isEqualTo("REVOKED");
        assertThat(jdbc.queryForObject("select note from access_grant where id = ?", String.class, annMine))
                .isEqualTo("Licence audit");
        assertThat(seatsAssigned(mine)).as("both seats freed, each once").isZero();
        assertThat(status(annTheirs)).as("out of scope: never acted on").isEqualTo("ACTIVE");
        assertThat(jdbc.queryForObject(
                        "select details->>'done' from audit_log where seq = ? and action = 'bulk.grants.revoke'",
                        String.class,
                        result.auditSeq()))
                .isEqualTo("[" + annMine + "]");
    }

    @Test
    void a_filter_by_person_selects_on_the_server_only_the_grants_in_the_callers_scope() {
        long service = fixtures.service().id();
        long mine = fixtures.product(service, LicenceModel.FLAT, 0);
        long theirs = fixtures.product(service, LicenceModel.FLAT, 0);
        String admin = fixtures.account(Role.PRODUCT_ADMIN);
        fixtures.productAdmin(admin, mine);
        long cid = fixtures.person("Bulk Cid").id();
        long cidMine = grant(cid, mine);
        long cidTheirs = grant(cid, theirs);

        BulkResult result = users.as(
                admin,
                () -> bulk.run(
                        "grants",
                        "revoke",
                        BulkSelection.ofFilter(new GrantFilter(cid, null, null).parameters()),
                        Map.of("reason", "Offboarded by hand")));

        assertThat(result.selected()).isOne();
        assertThat(result.done()).isOne();
        assertThat(status(cidMine)).isEqualTo("REVOKED");
        assertThat(status(cidTheirs)).isEqualTo("ACTIVE");
    }
}
