package io.portalops.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portalops.OwnerDatabase;
import io.portalops.TestUsers;
import io.portalops.shared.InvalidInputException;
import io.portalops.shared.RuleViolationException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@SpringBootTest
@RecordApplicationEvents
class PeopleImportTest {

    static final String HEADER =
            "employee_number,name,email,department,title,manager_email,location,status,start_date,end_date\n";

    @Autowired
    PeopleImport imports;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    @Autowired
    Environment environment;

    static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    int people(String key) {
        return jdbc.queryForObject(
                "select count(*) from person where employee_number like ?", Integer.class, key + "%");
    }

    PersonImportItem lastImport() {
        return users.as("admin", () -> imports.recent(1)).getFirst();
    }

    @Test
    void a_good_file_imports_every_row_with_managers_from_earlier_lines_and_the_directory() {
        String k = DirectoryFixtures.unique();
        String file = HEADER
                + k + "-1,Hanna Head,hanna." + k
                + "@example.com,Finance,Head of Finance,,Stockholm,active,2020-01-01,\n"
                + k + "-2,Rolf Report,rolf." + k + "@example.com,Finance,Accountant,HANNA." + k
                + "@example.com,Berlin,pending start,2030-02-01,\n"
                + k + "-3,Lea Leaving,lea." + k
                + "@example.com,Finance,Accountant,sam.serviceadmin@portalops.example,Oslo,LEAVING,2021-03-01,2030-03-31\n";

        ImportPreview preview = users.as("admin", () -> imports.preview("people.csv", csv(file)));
        assertThat(preview.allValid()).as("%s", preview.rows()).isTrue();
        assertThat(people(k)).as("a preview writes nothing").isZero();

        ImportResult result =
                users.as("admin", () -> imports.commit("people.csv", csv(file), ImportMode.ALL_OR_NOTHING));

        assertThat(result.outcome()).isEqualTo(ImportOutcome.IMPORTED);
        assertThat(result.imported()).isEqualTo(3);
        Map<String, Object> rolf = jdbc.queryForMap(
                "select p.status, p.start_date, m.name as manager from person p "
                        + "join person m on m.id = p.manager_id where p.employee_number = ?",
                k + "-2");
        assertThat(rolf).containsEntry("status", "PENDING_START").containsEntry("manager", "Hanna Head");
        assertThat(jdbc.queryForObject(
                        "select m.name from person p join person m on m.id = p.manager_id where p.employee_number = ?",
                        String.class,
                        k + "-3"))
                .isEqualTo("Sam Serviceadmin");
        assertThat(jdbc.queryForObject(
                        "select count(*) from person_aud a join person p on p.id = a.id where p.employee_number like ?",
                        Integer.class,
                        k + "%"))
                .as("an Envers revision per person")
                .isEqualTo(3);
        assertThat(lastImport()).satisfies(i -> {
            assertThat(i.id()).isEqualTo(result.importId());
            assertThat(i.username()).isEqualTo("admin");
            assertThat(i.fileName()).isEqualTo("people.csv");
            assertThat(i.outcome()).isEqualTo(ImportOutcome.IMPORTED);
        });
        assertThat(events.stream(PeopleImported.class))
                .anyMatch(e -> e.importId() == result.importId() && e.imported() == 3);
        assertThat(events.stream(PersonChanged.class).filter(PersonChanged::created))
                .hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void bad_rows_are_reported_per_row_and_nothing_is_written_but_the_refusal_is_recorded() {
        String k = DirectoryFixtures.unique();
        String file = HEADER
                + k + "-1,Good Gus,gus." + k + "@example.com,IT,Admin,,Remote,active,2022-01-01,\n"
                + k + "-2,,no-at-sign,IT,Admin,,Remote,active,2022-01-01,\n"
                + k + "-3,Dup Dora,gus." + k + "@example.com,IT,Admin,,Remote,active,2022-01-01,\n"
                + k + "-4,Dated Dan,dan." + k + "@example.com,IT,Admin,,Remote,sacked,01/02/2022,\n"
                + k + "-5,Orphan Otto,otto." + k + "@example.com,IT,Admin,nobody." + k
                + "@example.com,Remote,active,2022-01-01,\n"
                + k + "-6,Pending Pia,pia." + k + "@example.com,IT,Admin,,Remote,pending_start,,\n"
                + k + "-7,Late Lars,lars." + k + "@example.com,IT,Admin,,Remote,leaving,2022-01-01,2021-01-01\n"
                + "E00001,Taken Tom,tom." + k + "@example.com,IT,Admin,,Remote,active,2022-01-01,\n";

        ImportPreview preview = users.as("admin", () -> imports.preview("bad.csv", csv(file)));

        assertThat(preview.rows()).hasSize(8);
        Map<Integer, List<String>> errors = new java.util.HashMap<>();
        preview.rows().forEach(r -> errors.put(r.line(), r.errors()));
        assertThat(errors.get(2)).isEmpty();
        assertThat(errors.get(3)).anyMatch(e -> e.startsWith("name:")).anyMatch(e -> e.startsWith("email:"));
        assertThat(errors.get(4)).anyMatch(e -> e.contains("is on line 2 already"));
        assertThat(errors.get(5)).anyMatch(e -> e.startsWith("status:")).anyMatch(e -> e.startsWith("start_date:"));
        assertThat(errors.get(6)).anyMatch(e -> e.startsWith("manager:"));
        assertThat(errors.get(7)).anyMatch(e -> e.startsWith("start_date:"));
        assertThat(errors.get(8)).anyMatch(e -> e.startsWith("end_date:"));
        assertThat(errors.get(9)).anyMatch(e -> e.contains("in the directory already"));
        assertThat(preview.allValid()).isFalse();

        ImportResult result = users.as("admin", () -> imports.commit("bad.csv", csv(file), ImportMode.ALL_OR_NOTHING));

        assertThat(result.outcome()).isEqualTo(ImportOutcome.REFUSED);
        assertThat(result.imported()).isZero();
        assertThat(result.rejected()).isEqualTo(8);
        assertThat(people(k)).isZero();
        assertThat(lastImport().outcome()).isEqualTo(ImportOutcome.REFUSED);
        assertThat(lastImport().mode()).isEqualTo(ImportMode.ALL_OR_NOTHING);
    }

    /**
     * Row 3 passes every check but its insert fails in the database (as when someone adds the same person between the
     * check and the write): rows 1 and 2, already inserted, are taken back with it. The fault is a trigger scoped to
     * this test's employee numbers, which fires only once rows 1 and 2 are in, so it also proves they were written.
     */
    @Test
    void a_write_that_fails_on_row_n_takes_back_rows_one_to_n_minus_one() {
        String k = DirectoryFixtures.unique();
        String file = HEADER
                + k + "-1,First Fay,fay." + k + "@example.com,IT,Admin,,Remote,active,2022-01-01,\n"
                + k + "-2,Second Sid,sid." + k + "@example.com,IT,Admin,,Remote,active,2022-01-01,\n"
                + k + "-3,Third Tia,tia." + k + "@example.com,IT,Admin,,Remote,active,2022-01-01,\n";
        String fault = "import_fault_" + k.replace('-', '_');
        OwnerDatabase.committed(environment, owner -> {
            owner.execute(
                    "create function " + fault + "() returns trigger language plpgsql as $$ begin "
                            + "if new.employee_number = '" + k
                            + "-3' and (select count(*) from person where employee_number like '" + k + "-%') = 2 "
                            + "then raise unique_violation using message = 'injected: row 3 collides'; end if; return new; end $$");
            owner.execute("create trigger " + fault + " before insert on person for each row execute function " + fault
                    + "()");
        });
        try {
            assertThatThrownBy(() -> users.run(
                            "admin", () -> imports.commit("people.csv", csv(file), ImportMode.ALL_OR_NOTHING)))
                    .isInstanceOf(RuleViolationException.class)
                    .hasMessageContaining("Nothing was written");
        } finally {
            OwnerDatabase.committed(environment, owner -> {
                owner.execute("drop trigger " + fault + " on person");
                owner.execute("drop function " + fault + "()");
            });
        }
        assertThat(people(k)).as("rows 1 and 2 rolled back with row 3").isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from person_aud where employee_number like ?", Integer.class, k + "%"))
                .isZero();

        ImportResult again =
                users.as("admin", () -> imports.commit("people.csv", csv(file), ImportMode.ALL_OR_NOTHING));
        assertThat(again.imported()).as("the same file, without the fault").isEqualTo(3);
        assertThat(people(k)).isEqualTo(3);
    }

    @Test
    void valid_rows_only_writes_the_rows_that_pass_and_drops_reports_of_a_rejected_manager() {
        String k = DirectoryFixtures.unique();
        String file = HEADER
                + k + "-1,Valid Vera,vera." + k + "@example.com,Sales,AE,,Remote,active,2022-01-01,\n"
                + k + "-2,Broken Boss,not-an-email,Sales,Lead,,Remote,active,2022-01-01,\n"
                + k + "-3,Report Ray,ray." + k + "@example.com,Sales,AE,not-an-email,Remote,active,2022-01-01,\n"
                + k + "-4,Valid Vic,vic." + k + "@example.com,Sales,AE,vera." + k
                + "@example.com,Remote,active,2022-01-01,\n";

        ImportResult result =
                users.as("admin", () -> imports.commit("mixed.csv", csv(file), ImportMode.VALID_ROWS_ONLY));

        assertThat(result.outcome()).isEqualTo(ImportOutcome.PARTLY_IMPORTED);
        assertThat(result.imported()).isEqualTo(2);
        assertThat(result.rejectedRows()).extracting(ImportRow::line).containsExactly(3, 4);
        assertThat(result.rejectedRows().get(1).errors()).anyMatch(e -> e.contains("line 3, which has errors"));
        assertThat(jdbc.queryForList(
                        "select name from person where employee_number like ? order by name", String.class, k + "%"))
                .containsExactly("Valid Vera", "Valid Vic");
        assertThat(lastImport()).satisfies(i -> {
            assertThat(i.mode()).isEqualTo(ImportMode.VALID_ROWS_ONLY);
            assertThat(i.imported()).isEqualTo(2);
            assertThat(i.rejected()).isEqualTo(2);
        });
    }

    @Test
    void a_formula_like_cell_is_stored_as_plain_text_exactly() {
        String k = DirectoryFixtures.unique();
        String file = "Employee Number;Name;Email;Title;Department;Status\n" + k
                + "-1;\"=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\";eve." + k
                + "@example.com;=cmd();+1+1;active\n";

        ImportResult result =
                users.as("admin", () -> imports.commit("formula.csv", csv(file), ImportMode.ALL_OR_NOTHING));

        assertThat(result.outcome()).as("%s", result).isEqualTo(ImportOutcome.IMPORTED);
        Map<String, Object> row =
                jdbc.queryForMap("select name, title, department from person where employee_number = ?", k + "-1");
        assertThat(row)
                .containsEntry("title", "=cmd()")
                .containsEntry("department", "+1+1")
                .containsEntry("name", "=HYPERLINK(\"http://evil.example\",\"x\")");
    }

    @Test
    void a_file_without_the_required_columns_or_over_the_size_limit_is_refused_as_a_whole() {
        ImportPreview noStatus = users.as(
                "admin", () -> imports.preview("x.csv", csv("employee_number,name,email,shoe_size\nA,B,c@d.e,44\n")));
        assertThat(noStatus.fileErrors())
                .anyMatch(e -> e.contains("\"status\" is missing"))
                .anyMatch(e -> e.contains("Unknown column"));
        assertThat(noStatus.validRows()).isZero();

        byte[] huge = new byte[PeopleImport.MAX_BYTES + 1];
        java.util.Arrays.fill(huge, (byte) 'a');
        assertThatThrownBy(() -> users.as("admin", () -> imports.preview("huge.csv", huge)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("5 MB");
    }

    @Test
    void only_an_admin_imports_people() {
        byte[] file = csv(HEADER);
        for (String username : List.of("serviceadmin", "productadmin", "manager", "analyst")) {
            assertThatThrownBy(() -> users.as(username, () -> imports.preview("x.csv", file)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(
                            () -> users.as(username, () -> imports.commit("x.csv", file, ImportMode.VALID_ROWS_ONLY)))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }
}
