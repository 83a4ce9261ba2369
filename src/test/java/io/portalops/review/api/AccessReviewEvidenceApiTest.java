package io.portalops.review.api;

import static io.portalops.review.api.AccessReviewApiTest.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.portalops.ApiTestClient;
import io.portalops.ApiTestClient.Response;
import io.portalops.directory.DirectoryFixtures;
import io.portalops.review.ReviewFixtures;
import io.portalops.security.Role;
import io.portalops.workflow.WorkflowFixtures;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccessReviewEvidenceApiTest {

    @LocalServerPort
    int port;

    @Autowired
    ReviewFixtures fx;

    @Autowired
    DirectoryFixtures directory;

    @Autowired
    WorkflowFixtures workflow;

    @Test
    void the_evidence_downloads_signed_for_those_who_see_the_campaign_and_is_not_found_for_anyone_else()
            throws Exception {
        ApiTestClient api = new ApiTestClient(port, InetAddress.getByName("127.0.0.92"));
        ReviewFixtures.World w = fx.world();
        long id = fx.start(w, LocalDate.now().plusDays(7)).campaign().id();
        String admin = api.accessToken("admin");

        Response csv = api.get("/api/access-reviews/" + id + "/evidence?format=csv", admin);
        assertThat(csv.status()).as("%s", csv).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("access-review-evidence-");
        assertThat(csv.body()).contains("Gina Gone", "Evidence or skip reason");
        Response verdict = api.multipart(
                "/api/export/verify",
                Map.of(),
                "file",
                "evidence.csv",
                csv.body().getBytes(StandardCharsets.UTF_8),
                admin);
        assertThat(verdict.json().get("outcome").asString()).isEqualTo("GENUINE");
        assertThat(verdict.json().get("sha256").asString()).isEqualTo(csv.header("X-Content-SHA256"));

        Response pdf = api.get("/api/access-reviews/" + id + "/evidence?format=PDF", admin);
        assertThat(pdf.status()).as("%s", pdf).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThat(pdf.header("X-Evidence-Table-Export-Id")).isNotBlank();

        String elsewhere = directory.account(Role.SERVICE_ADMIN);
        directory.serviceAdmin(elsewhere, workflow.service());
        String other = api.login(elsewhere, DirectoryFixtures.PASSWORD)
                .get("access_token")
                .asString();
        assertProblem(api.get("/api/access-reviews/" + id + "/evidence?format=csv", other), 404);
        assertProblem(api.get("/api/access-reviews/999999999/evidence", admin), 404);
        assertProblem(api.get("/api/access-reviews/" + id + "/evidence?format=docx", admin), 400);
        assertProblem(api.get("/api/access-reviews/" + id + "/evidence?format=csvx", admin), 400);
        assertProblem(api.get("/api/access-reviews/" + id + "/evidence", api.accessToken("analyst")), 403);
    }
}
