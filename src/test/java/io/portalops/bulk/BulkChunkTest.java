package io.portalops.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.portalops.TestUsers;
import io.portalops.contract.ContractActions;
import io.portalops.contract.ContractForm;
import io.portalops.contract.ContractService;
import io.portalops.contract.ContractType;
import io.portalops.contract.FlagSeverity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rows run in chunks, one transaction per chunk (ADR 044): a refusal or a failure in the middle of a chunk is rolled
 * back alone, the other rows of the chunk are done exactly once, and the run's audit entry lists exactly those done.
 */
@SpringBootTest
class BulkChunkTest {

    @Autowired
    RowRunner rows;

    @Autowired
    BulkActions bulk;

    @Autowired
    ContractService contracts;

    @Autowired
    ContractActions actions;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    List<Long> drafts(String manager, int n) {
        long customer = jdbc.queryForObject(
                "select min(c.id) from customer c join account a on a.id = c.owner_id where a.username = ?",
                Long.class,
                manager);
        String token = "c" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ContractForm form = new ContractForm(
                    customer,
                    "Chunk " + token + " " + i,
                    ContractType.SUBSCRIPTION,
                    new BigDecimal("1000"),
                    "EUR",
                    LocalDate.now().plusDays(10),
                    LocalDate.now().plusYears(1),
                    false,
                    30,
                    null);
            ids.add(users.as(manager, () -> contracts.create(form)).id());
        }
        return ids;
    }

    long flags(long id) {
        return jdbc.queryForObject("select count(*) from contract_flag where contract_id = ?", Long.class, id);
    }

    long flaggedEntries(long id) {
        return jdbc.queryForObject(
                "select count(*) from audit_log where action = 'contract.flagged' and target_id = ?",
                Long.class,
                Long.toString(id));
    }

    @Test
    void a_refusal_and_a_failure_in_the_middle_of_chunks_roll_back_only_their_own_row_and_no_row_is_done_twice() {
        List<Long> mine = drafts("manager", 5);
        long others = drafts("manager2", 1).getFirst();
        long poison = mine.get(3);
        // chunks of two: [m0, others] [m1, m2] [poison, m4]: a refusal second in a chunk, a failure first in one
        List<Long> ids = List.of(mine.get(0), others, mine.get(1), mine.get(2), poison, mine.get(4));
        RowStep step = id -> {
            actions.flag(id, FlagSeverity.LOW, "Chunked");
            if (id == poison) {
                throw new IllegalStateException("fails after its write");
            }
        };

        List<BulkRowResult> results = users.as("manager", () -> rows.runAll(step, ids, 2, BulkProgress.NONE));

        assertThat(results)
                .extracting(BulkRowResult::id, BulkRowResult::done, BulkRowResult::reason)
                .containsExactly(
                        tuple(mine.get(0), true, null),
                        tuple(others, false, "Not found."),
                        tuple(mine.get(1), true, null),
                        tuple(mine.get(2), true, null),
                        tuple(poison, false, "Failed on the server; nothing was changed for this row."),
                        tuple(mine.get(4), true, null));
        for (long done : List.of(mine.get(0), mine.get(1), mine.get(2), mine.get(4))) {
            assertThat(flags(done)).as("one flag on %d", done).isOne();
            assertThat(flaggedEntries(done)).as("one audit entry for %d", done).isOne();
        }
        assertThat(flags(poison)).isZero();
        assertThat(flaggedEntries(poison)).isZero();
        assertThat(flags(others)).isZero();
    }

    @Test
    void progress_is_reported_as_chunks_go_through_and_ends_at_the_total() {
        List<Long> mine = drafts("manager", 5);
        List<Integer> seen = new ArrayList<>();

        users.as(
                "manager",
                () -> rows.runAll(
                        id -> actions.note(id, "Progress"),
                        mine,
                        2,
                        (through, total) -> seen.add(through * 10 + total)));

        assertThat(seen).containsExactly(25, 45, 55);
    }

    @Test
    void the_runs_audit_entry_lists_exactly_the_rows_done_when_a_refusal_sits_in_the_middle() {
        List<Long> mine = drafts("manager", 3);
        long others = drafts("manager2", 1).getFirst();
        List<Long> ids = List.of(mine.get(0), others, mine.get(1), mine.get(2));

        BulkResult result = users.as(
                "manager",
                () -> bulk.run(
                        "contracts",
                        "flag",
                        BulkSelection.ofIds(ids),
                        Map.of("severity", "LOW", "reason", "Middle refusal")));

        assertThat(result.done()).isEqualTo(3);
        Map<String, Object> entry = jdbc.queryForMap(
                "select details->>'done' as done, details->>'refused' as refused from audit_log where seq = ?",
                result.auditSeq());
        assertThat(entry.get("done")).isEqualTo("[" + mine.get(0) + ", " + mine.get(1) + ", " + mine.get(2) + "]");
        assertThat(entry.get("refused")).isEqualTo("[" + others + "]");
        assertThat(mine).allSatisfy(id -> assertThat(flaggedEntries(id)).isOne());
    }
}
