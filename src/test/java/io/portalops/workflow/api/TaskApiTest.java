package io.portalops.workflow.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.portalops.ApiTestClient;
import io.portalops.ApiTestClient.Response;
import io.portalops.directory.DirectoryFixtures;
import io.portalops.directory.EmploymentStatus;
import io.portalops.directory.PersonDetails;
import io.portalops.inventory.LicenceModel;
import io.portalops.security.Role;
import io.portalops.workflow.WorkflowFixtures;
import java.net.InetAddress;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TaskApiTest {

    static final LocalDate TODAY = LocalDate.now();

    @LocalServerPort
    int port;

    @Autowired
    WorkflowFixtures fx;

    @Autowired
    DirectoryFixtures directory;

    @Autowired
    JdbcTemplate jdbc;

    ApiTestClient api;

    long mine;
    long theirs;
    String productAdmin;
    String token;
    PersonDetails person;

    @BeforeEach
    void setUp() throws Exception {
        api = new ApiTestClient(port, InetAddress.getByName("127.0.0.61"));
        long service = fx.service();
        mine = fx.product(service, LicenceModel.PER_SEAT, 3);
        theirs = fx.product(service, LicenceModel.FLAT, 0);
        productAdmin = directory.account(Role.PRODUCT_ADMIN);
        directory.productAdmin(productAdmin, mine);
        token = api.login(productAdmin, DirectoryFixtures.PASSWORD)
                .get("access_token")
                .asString();
        String dept = WorkflowFixtures.department();
        fx.profile(dept, null, mine, theirs);
        person = fx.person("Api Anna", dept, null, EmploymentStatus.PENDING_START, TODAY.plusDays(10), null);
    }

    static void assertProblem(Response response, int status) {
        assertThat(response.status()).as("%s", response).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(status);
    }

    long taskOf(long productId) {
        return jdbc.queryForObject(
                "select id from workflow_task where person_id = ? and product_id = ?",
                Long.class,
                person.id(),
                productId);
    }

    @Test
    void a_product_admin_lists_and_filters_their_tasks_and_another_products_task_is_not_found() {
        Response list = api.get("/api/tasks?personId=" + person.id() + "&status=OPEN", token);
        assertThat(list.status()).as("%s", list).isEqualTo(200);
        JsonNode items = list.json().get("items");
        assertThat(items.size()).isEqualTo(1);
        assertThat(items.get(0).get("productId").asLong()).isEqualTo(mine);
        assertThat(items.get(0).get("dueDate").asString())
                .isEqualTo(TODAY.plusDays(7).toString());
        assertThat(list.json().get("hasNext").asBoolean()).isFalse();

        long adminId = directory.accountId(productAdmin);
        assertThat(api.get("/api/tasks?assignee=" + adminId + "&personId=" + person.id(), token)
                        .json()
                        .get("items")
                        .size())
                .isEqualTo(1);
        assertThat(api.get("/api/tasks?personId=" + person.id() + "&dueBefore=" + TODAY.plusDays(7), token)
                        .json()
                        .get("items")
                        .size())
                .isZero();
        assertThat(api.get("/api/tasks?personId=" + person.id() + "&dueBefore=" + TODAY.plusDays(8), token)
                        .json()
                        .get("items")
                        .size())
                .isEqualTo(1);
        assertThat(api.get("/api/tasks?personId=" + person.id() + "&status=DONE", token)
                        .json()
                        .get("items")
                        .size())
                .isZero();
        assertThat(api.get("/api/tasks?personId=" + person.id(), api.accessToken("admin"))
                        .json()
                        .get("items")
                        .size())
                .isEqualTo(2);

        Response one = api.get("/api/tasks/" + taskOf(mine), token);
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.json().get("actionable").asBoolean()).isTrue();
        assertProblem(api.get("/api/tasks/" + taskOf(theirs), token), 404);
        assertProblem(api.post("/api/tasks/" + taskOf(theirs) + "/complete", Map.of("evidence", "x"), token), 404);
        assertProblem(api.get("/api/tasks?size=0", token), 400);
        assertThat(api.get("/api/tasks", null).status()).isEqualTo(401);
        assertProblem(api.get("/api/tasks", api.accessToken("manager")), 403);
    }

    @Test
    void completing_needs_evidence_and_grants_access_and_a_closed_task_answers_409() {
        long task = taskOf(mine);
        Response blank = api.post("/api/tasks/" + task + "/complete", Map.of("evidence", "  "), token);
        assertProblem(blank, 422);
        assertThat(blank.json().get("errors").get("evidence").asString()).contains("Say what was done");
        assertProblem(api.post("/api/tasks/" + task + "/complete", "{}", token), 422);
        assertThat(jdbc.queryForObject(
                        "select count(*) from access_grant where person_id = ?", Integer.class, person.id()))
                .isZero();

        Response done = api.post("/api/tasks/" + task + "/complete", Map.of("evidence", "Ticket IT-9"), token);
        assertThat(done.status()).as("%s", done).isEqualTo(200);
        assertThat(done.json().get("status").asString()).isEqualTo("DONE");
        assertThat(done.json().get("note").asString()).isEqualTo("Ticket IT-9");
        assertThat(jdbc.queryForObject(
                        "select status from access_grant where id = ?",
                        String.class,
                        done.json().get("grantId").asLong()))
                .isEqualTo("ACTIVE");
        assertProblem(api.post("/api/tasks/" + task + "/complete", Map.of("evidence", "again"), token), 409);
    }

    @Test
    void skipping_needs_a_reason_and_grants_nothing() {
        String admin = api.accessToken("admin");
        long task = taskOf(theirs);
        Response blank = api.post("/api/tasks/" + task + "/skip", Map.of("reason", ""), admin);
        assertProblem(blank, 422);
        assertThat(blank.json().get("errors").get("reason").asString()).contains("why");

        Response skipped = api.post("/api/tasks/" + task + "/skip", Map.of("reason", "Uses the team account"), admin);
        assertThat(skipped.status()).as("%s", skipped).isEqualTo(200);
        assertThat(skipped.json().get("status").asString()).isEqualTo("SKIPPED");
        assertThat(jdbc.queryForObject(
                        "select count(*) from access_grant where person_id = ?", Integer.class, person.id()))
                .isZero();
        assertProblem(api.post("/api/tasks/" + Long.MAX_VALUE + "/skip", Map.of("reason", "x"), admin), 404);
    }
}
