package io.portalops.bulk.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.portalops.ApiTestClient;
import io.portalops.ApiTestClient.Response;
import io.portalops.directory.DirectoryFixtures;
import io.portalops.directory.EmploymentStatus;
import io.portalops.directory.GrantStatus;
import io.portalops.inventory.LicenceModel;
import io.portalops.security.Role;
import io.portalops.workflow.TaskListItem;
import io.portalops.workflow.WorkflowFixtures;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** POST /api/bulk/tasks/{complete,skip} and /api/bulk/grants/revoke over HTTP (ADR 044). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BulkTasksAndGrantsApiTest {

    @LocalServerPort
    int port;

    @Autowired
    WorkflowFixtures fx;

    @Autowired
    DirectoryFixtures directory;

    @Autowired
    JdbcTemplate jdbc;

    ApiTestClient api;

    @BeforeEach
    void setUp() {
        api = new ApiTestClient(port);
    }

    String token(String username, String password) {
        return api.login(username, password).get("access_token").asString();
    }

    String status(String table, long id) {
        return jdbc.queryForObject("select status from " + table + " where id = ?", String.class, id);
    }

    @Test
    void a_product_admin_completes_tasks_by_ids_and_a_task_of_another_product_is_not_found_and_stays_open() {
        long service = fx.service();
        long mine = fx.product(service, LicenceModel.FLAT, 0);
        long theirs = fx.product(service, LicenceModel.FLAT, 0);
        String admin = directory.account(Role.PRODUCT_ADMIN);
        directory.productAdmin(admin, mine);
        String dept = WorkflowFixtures.department();
        fx.profile(dept, null, mine, theirs);
        long person = fx.person(
                        "Bulk Api " + DirectoryFixtures.unique(),
                        dept,
                        null,
                        EmploymentStatus.PENDING_START,
                        LocalDate.now().plusDays(20),
                        null)
                .id();
        List<TaskListItem> tasks = fx.tasksOf(person);
        long myTask = tasks.stream()
                .filter(t -> t.productId() == mine)
                .findFirst()
                .orElseThrow()
                .id();
        long theirTask = tasks.stream()
                .filter(t -> t.productId() == theirs)
                .findFirst()
                .orElseThrow()
                .id();

        Response response = api.post(
                "/api/bulk/tasks/complete",
                Map.of("ids", List.of(myTask, theirTask), "note", "Ticket IT-9"),
                token(admin, DirectoryFixtures.PASSWORD));

        assertThat(response.status()).as("%s", response).isEqualTo(200);
        JsonNode rows = response.json().get("rows");
        assertThat(rows.get(0).get("done").asBoolean()).isTrue();
        assertThat(rows.get(1).get("reason").asString()).isEqualTo("Not found.");
        assertThat(status("workflow_task", myTask)).isEqualTo("DONE");
        assertThat(status("workflow_task", theirTask)).isEqualTo("OPEN");

        Response missingNote = api.post(
                "/api/bulk/tasks/skip", Map.of("ids", List.of(theirTask)), token(admin, DirectoryFixtures.PASSWORD));
        assertThat(missingNote.status()).as("%s", missingNote).isEqualTo(400);
        assertThat(missingNote.contentType()).startsWith("application/problem+json");
        assertThat(api.post(
                                "/api/bulk/tasks/skip",
                                Map.of("ids", List.of(theirTask), "reason", "x"),
                                token("manager", "manager"))
                        .status())
                .as("an account manager has no task actions")
                .isEqualTo(403);
        assertThat(status("workflow_task", theirTask)).isEqualTo("OPEN");
    }

    @Test
    void grants_are_revoked_by_filter_with_the_reason_and_a_bad_filter_changes_nothing() {
        long product = fx.product(fx.service(), LicenceModel.FLAT, 0);
        long person = directory.person("Bulk Api Gina").id();
        long grant = fx.grant(person, product, GrantStatus.ACTIVE).id();
        String admin = token("admin", "admin");

        Response bad = api.post(
                "/api/bulk/grants/revoke",
                Map.of("filter", Map.of("personId", Long.toString(person), "colour", "red"), "reason", "x"),
                admin);
        assertThat(bad.status()).as("%s", bad).isEqualTo(400);
        assertThat(status("access_grant", grant)).isEqualTo("ACTIVE");

        Response response = api.post(
                "/api/bulk/grants/revoke",
                Map.of("filter", Map.of("personId", Long.toString(person), "status", "ACTIVE"), "reason", "Audit"),
                admin);

        assertThat(response.status()).as("%s", response).isEqualTo(200);
        assertThat(response.json().get("selected").asInt()).isOne();
        assertThat(response.json().get("done").asInt()).isOne();
        assertThat(status("access_grant", grant)).isEqualTo("REVOKED");
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_log where seq = ? and action = 'bulk.grants.revoke'",
                        Long.class,
                        response.json().get("auditSeq").asLong()))
                .isOne();
    }
}
