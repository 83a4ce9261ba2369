package io.portalops.directory;

import static org.assertj.core.api.Assertions.assertThat;

import io.portalops.TestUsers;
import io.portalops.inventory.LicenceModel;
import io.portalops.security.Role;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Grants and imports reach the hash-chained audit log, with the caller as actor and the grant or import as target. */
@SpringBootTest
class DirectoryAuditTrailTest {

    @Autowired
    AccessGrantService grants;

    @Autowired
    PeopleImport imports;

    @Autowired
    DirectoryFixtures fixtures;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    List<Map<String, Object>> entries(String targetType, Object targetId) {
        return jdbc.queryForList(
                "select action, actor_type, actor_id, actor_name, details::text as details from audit_log "
                        + "where target_type = ? and target_id = ? order by seq",
                targetType,
                targetId.toString());
    }

    @Test
    void requesting_activating_and_revoking_a_grant_each_put_one_entry_on_the_audit_log_by_the_caller() {
        String admin = fixtures.account(Role.ADMIN);
        long adminId = fixtures.accountId(admin);
        long product = fixtures.product(fixtures.service().id(), LicenceModel.PER_SEAT, 5);
        long person = fixtures.person("Audited Grant").id();

        GrantListItem grant = users.as(
                admin, () -> grants.create(new GrantRequest(person, product, "User", GrantStatus.REQUESTED, null)));
        users.as(admin, () -> grants.activate(grant.id()));
        users.as(admin, () -> grants.revoke(grant.id(), "left the team"));

        List<Map<String, Object>> log = entries("access_grant", grant.id());
        assertThat(log)
                .extracting(e -> e.get("action"))
                .containsExactly("access.requested", "access.granted", "access.revoked");
        assertThat(log).allSatisfy(e -> {
            assertThat(e.get("actor_type")).isEqualTo("ACCOUNT");
            assertThat(e.get("actor_id")).isEqualTo(adminId);
            assertThat(e.get("actor_name")).isEqualTo(admin);
            assertThat((String) e.get("details"))
                    .contains("\"personId\": " + person)
                    .contains("\"productId\": " + product);
        });
        assertThat((String) log.get(2).get("details")).contains("\"heldSeat\": true");
    }

    @Test
    void a_grant_created_active_is_logged_as_granted() {
        String admin = fixtures.account(Role.ADMIN);
        long product = fixtures.product(fixtures.service().id(), LicenceModel.PER_SEAT, 5);
        long person = fixtures.person("Audited Active").id();

        GrantListItem grant = users.as(
                admin, () -> grants.create(new GrantRequest(person, product, "User", GrantStatus.ACTIVE, null)));

        assertThat(entries("access_grant", grant.id()))
                .extracting(e -> e.get("action"))
                .containsExactly("access.granted");
    }

    @Test
    void a_people_import_is_on_the_audit_log_with_its_file_counts_and_outcome() {
        String admin = fixtures.account(Role.ADMIN);
        String k = DirectoryFixtures.unique();
        String file = PeopleImportTest.HEADER + k + "-1,Ada Audit,ada." + k
                + "@example.com,Finance,Accountant,,Berlin,active,2020-01-01,\n";

        users.as(
                admin,
                () -> imports.commit(
                        "audit-" + k + ".csv", file.getBytes(StandardCharsets.UTF_8), ImportMode.ALL_OR_NOTHING));

        List<Map<String, Object>> log = jdbc.queryForList(
                "select action, target_type, target_id, actor_name, details::text as details "
                        + "from audit_log where action = 'people.imported' and details->>'file' = ?",
                "audit-" + k + ".csv");
        assertThat(log).hasSize(1);
        Map<String, Object> entry = log.getFirst();
        assertThat(entry.get("target_type")).isEqualTo("people_import");
        assertThat(entry.get("actor_name")).isEqualTo(admin);
        Long importId = jdbc.queryForObject(
                "select id from person_import where file_name = ?", Long.class, "audit-" + k + ".csv");
        assertThat(entry.get("target_id")).isEqualTo(String.valueOf(importId));
        assertThat((String) entry.get("details"))
                .contains("\"rows\": 1", "\"imported\": 1", "\"rejected\": 0", "\"outcome\": \"IMPORTED\"");
    }
}
