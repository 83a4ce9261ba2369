package io.portalops.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portalops.TestUsers;
import io.portalops.bulk.BulkActions;
import io.portalops.bulk.BulkResult;
import io.portalops.bulk.BulkRowResult;
import io.portalops.bulk.BulkSelection;
import io.portalops.shared.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** The Directory grid's bulk actions, run through the single edit's own service method and rules. */
@SpringBootTest
class PersonBulkTest {

    @Autowired
    BulkActions bulk;

    @Autowired
    PersonService people;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    static String token() {
        StringBuilder letters = new StringBuilder("p");
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int i = 0; i < 10; i++) {
            letters.append((char) ('a' + random.nextInt(26)));
        }
        // letters only: DirectoryFixtures makes the email from the name, and digits there would leave empty labels
        return letters.toString();
    }

    List<Long> create(String token, EmploymentStatus... statuses) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < statuses.length; i++) {
            PersonForm form = DirectoryFixtures.form("Bulk " + token + " " + (char) ('a' + i), statuses[i]);
            ids.add(users.as("admin", () -> people.create(form)).id());
        }
        return ids;
    }

    String department(long id) {
        return jdbc.queryForObject("select department from person where id = ?", String.class, id);
    }

    String status(long id) {
        return jdbc.queryForObject("select status from person where id = ?", String.class, id);
    }

    @Test
    void an_admin_sets_the_department_of_every_person_matching_the_filter_and_the_run_is_audited_once_with_the_ids() {
        String token = token();
        List<Long> ids = create(token, EmploymentStatus.ACTIVE, EmploymentStatus.ACTIVE, EmploymentStatus.LEFT);

        BulkResult result = users.as(
                "admin",
                () -> bulk.run(
                        "people",
                        "set_department",
                        BulkSelection.ofFilter(Map.of("name", token)),
                        Map.of("department", "Platform " + token)));

        assertThat(result.selected()).isEqualTo(3);
        assertThat(result.done()).isEqualTo(3);
        assertThat(ids).allSatisfy(id -> assertThat(department(id)).isEqualTo("Platform " + token));
        Map<String, Object> entry = jdbc.queryForMap(
                "select action, details->>'done' as done, details->'fields'->>'department' as department "
                        + "from audit_log where seq = ?",
                result.auditSeq());
        assertThat(entry.get("action")).isEqualTo("bulk.people.set_department");
        String done = entry.get("done").toString();
        assertThat(List.of(done.substring(1, done.length() - 1).split(", ")))
                .containsExactlyInAnyOrderElementsOf(
                        ids.stream().map(String::valueOf).toList());
        assertThat(entry.get("department")).isEqualTo("Platform " + token);
        assertThat(jdbc.queryForObject(
                        "select count(*) from person_aud where id in (?, ?, ?) and department = ?",
                        Long.class,
                        ids.get(0),
                        ids.get(1),
                        ids.get(2),
                        "Platform " + token))
                .as("each row is a revision of its own, as a single edit is")
                .isEqualTo(3);
    }

    @Test
    void setting_a_status_refuses_the_rows_that_break_the_single_edits_rules_and_missing_ids_and_does_the_others() {
        String token = token();
        // the first has an end date (LEFT has one), the second none: leaving needs one
        List<Long> ids = create(token, EmploymentStatus.LEFT, EmploymentStatus.ACTIVE);
        long missing = Long.MAX_VALUE;

        BulkResult result = users.as(
                "admin",
                () -> bulk.run(
                        "people",
                        "set_status",
                        BulkSelection.ofIds(List.of(ids.get(0), ids.get(1), missing)),
                        Map.of("status", "LEAVING")));

        assertThat(result.done()).isOne();
        assertThat(result.refusedRows())
                .extracting(BulkRowResult::id, BulkRowResult::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                ids.get(1), "A person who is leaving or has left needs an end date."),
                        org.assertj.core.groups.Tuple.tuple(missing, "Not found."));
        assertThat(status(ids.get(0))).isEqualTo("LEAVING");
        assertThat(status(ids.get(1))).as("refused, untouched").isEqualTo("ACTIVE");
    }

    @Test
    void a_service_admin_who_may_not_edit_people_is_refused_the_bulk_edit_and_no_person_changes() {
        String token = token();
        List<Long> ids = create(token, EmploymentStatus.ACTIVE);

        assertThat(users.as("serviceadmin", () -> bulk.available("people"))).isEmpty();
        assertThatThrownBy(() -> users.run(
                        "serviceadmin",
                        () -> bulk.run(
                                "people",
                                "set_department",
                                BulkSelection.ofIds(ids),
                                Map.of("department", "Hijacked"))))
                .isInstanceOf(AccessDeniedException.class);
        // and the single edit each row goes through refuses them too, whatever a caller of the SPI does
        PersonForm form = users.as("admin", () -> people.get(ids.getFirst()).form());
        assertThatThrownBy(() -> users.run("serviceadmin", () -> people.update(ids.getFirst(), form)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(department(ids.getFirst())).isEqualTo("Testing");
    }

    @Test
    void a_status_that_the_single_edit_does_not_know_is_bad_input_and_no_row_is_touched() {
        String token = token();
        List<Long> ids = create(token, EmploymentStatus.ACTIVE);

        assertThatThrownBy(() -> users.run(
                        "admin",
                        () -> bulk.run("people", "set_status", BulkSelection.ofIds(ids), Map.of("status", "FIRED"))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("PENDING_START, ACTIVE, LEAVING, LEFT");
        assertThatThrownBy(() -> users.run(
                        "admin",
                        () -> bulk.run(
                                "people",
                                "set_department",
                                BulkSelection.ofIds(ids),
                                Map.of("department", "Two\nlines"))))
                .isInstanceOf(InvalidInputException.class);
        assertThat(status(ids.getFirst())).isEqualTo("ACTIVE");
        assertThat(department(ids.getFirst())).isEqualTo("Testing");
    }
}
