package io.portalops.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portalops.TestUsers;
import io.portalops.inventory.LicenceModel;
import io.portalops.shared.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@SpringBootTest
class SignInImportTest {

    @Autowired
    SignInImport importer;

    @Autowired
    DirectoryFixtures fx;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    long product;
    PersonDetails ann;
    PersonDetails bob;

    @BeforeEach
    void setUp() {
        product = fx.product(fx.service().id(), LicenceModel.PER_SEAT, 5);
        ann = fx.person("Import Ann");
        bob = fx.person("Import Bob");
    }

    static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    List<Instant> uses(long person) {
        return jdbc
                .queryForList(
                        "select last_used_at from product_use where person_id = ? and product_id = ?",
                        java.sql.Timestamp.class,
                        person,
                        product)
                .stream()
                .map(java.sql.Timestamp::toInstant)
                .toList();
    }

    String entraExport(String thirdTime) {
        return "createdDateTime,userPrincipalName,appDisplayName,ipAddress\n"
                + "2026-10-01T08:00:00Z," + ann.email() + "," + product + ",10.0.0.1\n"
                + "2026-10-03 09:30:00," + ann.email().toUpperCase() + "," + product + ",10.0.0.1\n"
                + thirdTime + "," + bob.employeeNumber() + "," + product + ",10.0.0.2\n"
                + "2026-10-04T10:00:00+02:00,stranger@example.invalid," + product + ",10.0.0.3\n"
                + "2026-10-04T10:00:00Z," + bob.email() + ",Some app nobody tracks,10.0.0.3\n";
    }

    @Test
    void the_preview_proposes_the_columns_and_the_import_records_the_latest_sign_in_per_person_and_product() {
        byte[] file = csv(entraExport("2026-10-02T07:15:00.000Z"));

        SignInPreview preview = users.as("admin", () -> importer.preview("signins.csv", file));

        assertThat(preview.fileErrors()).isEmpty();
        assertThat(preview.guess())
                .isEqualTo(new SignInMapping("userPrincipalName", "appDisplayName", "createdDateTime"));
        assertThat(preview.rows()).isEqualTo(5);
        assertThat(preview.sample()).hasSize(5);

        SignInImportResult result = users.as("admin", () -> importer.commit("signins.csv", file, preview.guess()));

        assertThat(result.stored()).isTrue();
        assertThat(result.recorded()).isEqualTo(3);
        assertThat(result.unmatched())
                .as("an unknown user and an untracked application")
                .isEqualTo(2);
        assertThat(uses(ann.id())).containsExactly(Instant.parse("2026-10-03T09:30:00Z"));
        assertThat(uses(bob.id())).containsExactly(Instant.parse("2026-10-02T07:15:00Z"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from audit_log where action = 'usage.signins_imported' "
                                + "and details->>'file' = 'signins.csv' and (details->>'recorded')::int = 3",
                        Integer.class))
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void a_bad_row_or_file_stores_nothing_and_says_which_line() {
        SignInMapping mapping = new SignInMapping("userPrincipalName", "appDisplayName", "createdDateTime");

        SignInImportResult badRow =
                users.as("admin", () -> importer.commit("bad.csv", csv(entraExport("yesterday-ish")), mapping));
        SignInImportResult wrongColumn = users.as(
                "admin",
                () -> importer.commit(
                        "bad.csv",
                        csv(entraExport("2026-10-02T07:15:00Z")),
                        new SignInMapping("user", "appDisplayName", "createdDateTime")));
        SignInImportResult notUtf8 =
                users.as("admin", () -> importer.commit("bad.csv", new byte[] {(byte) 0xC3, (byte) 0x28, 10}, mapping));
        SignInImportResult headerOnly = users.as(
                "admin",
                () -> importer.commit("bad.csv", csv("createdDateTime,userPrincipalName,appDisplayName\n"), mapping));

        assertThat(badRow.stored()).isFalse();
        assertThat(badRow.errors())
                .containsExactly("Line 4: 'yesterday-ish' is not a time, e.g. 2026-11-22T10:15:30Z.");
        assertThat(wrongColumn.errors()).containsExactly("The user column is not in the file's first row.");
        assertThat(notUtf8.errors()).singleElement().asString().contains("not UTF-8");
        assertThat(headerOnly.errors()).containsExactly("The file has a header but no rows.");
        assertThat(uses(ann.id())).as("not even the good rows of the bad file").isEmpty();
        assertThatThrownBy(() -> users.as(
                        "admin",
                        () -> importer.commit(
                                "x.csv", csv(entraExport("2026-10-02T07:15:00Z")), new SignInMapping("a", "a", ""))))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> users.as("analyst", () -> importer.preview("x.csv", csv("a,b\n1,2\n"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.as("serviceadmin", () -> importer.commit("x.csv", csv("a,b\n1,2\n"), mapping)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
