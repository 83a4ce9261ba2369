package io.portalops.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portalops.TestUsers;
import io.portalops.shared.NotFoundException;
import io.portalops.shared.paging.RowCount;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The Exports grid's rows per role on the embedded PostgreSQL: own rows, or all of them for ADMIN and AUDITOR. */
@SpringBootTest
public class ExportLogTest {

    @Autowired
    ExportLog log;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    /** An export record of {@code username} under a grid name no other test uses; returns its id. */
    public static long record(JdbcTemplate jdbc, String grid, String username, String status) {
        boolean ready = "READY".equals(status);
        return jdbc.queryForObject(
                """
                insert into export_record (grid, format, filters, account_id, account_name, status, row_count,
                    sha256, signature, file_name, started_at, completed_at, expires_at)
                select ?, 'CSV', '{"status":"ACTIVE"}'::jsonb, id, username, ?, 12, ?, ?, ?, now(),
                    case when ? then now() end, now() + interval '1 day'
                from account where username = ?
                returning id
                """,
                Long.class,
                grid,
                status,
                ready ? "a".repeat(64) : null,
                ready ? "sig" : null,
                grid + ".csv",
                ready,
                username);
    }

    public static String grid() {
        return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
    }

    List<Long> ids(String username, ExportFilter filter) {
        return users.as(
                username,
                () -> log.search(filter, 0, 50).items().stream()
                        .map(item -> item.export().id())
                        .toList());
    }

    @Test
    void an_analyst_sees_only_their_own_exports_and_anothers_is_not_found() {
        String grid = grid();
        long mine = record(jdbc, grid, "analyst", "READY");
        long theirs = record(jdbc, grid, "approver", "READY");
        ExportFilter filter = new ExportFilter(grid, null, null, null);

        assertThat(ids("analyst", filter)).containsExactly(mine);
        assertThat(users.as("analyst", () -> log.count(filter))).isEqualTo(RowCount.exact(1));
        assertThat(users.as("analyst", () -> log.one(mine)).own()).isTrue();
        assertThatThrownBy(() -> users.as("analyst", () -> log.one(theirs))).isInstanceOf(NotFoundException.class);
        assertThat(ids("approver", filter)).containsExactly(theirs);
    }

    @Test
    void an_auditor_and_an_admin_see_every_accounts_exports_but_may_download_none_of_them() {
        String grid = grid();
        long analysts = record(jdbc, grid, "analyst", "READY");
        long approvers = record(jdbc, grid, "approver", "FAILED");
        ExportFilter filter = new ExportFilter(grid, null, null, null);

        assertThat(ids("auditor", filter)).containsExactly(approvers, analysts);
        assertThat(ids("admin", filter)).containsExactly(approvers, analysts);
        assertThat(users.as("auditor", () -> log.count(filter))).isEqualTo(RowCount.exact(2));
        ExportListItem seen = users.as("auditor", () -> log.one(analysts));
        assertThat(seen.own()).isFalse();
        assertThat(seen.downloadable()).isFalse();
        assertThat(seen.export().accountName()).isEqualTo("analyst");
        assertThat(seen.export().filters()).containsEntry("status", "ACTIVE");
    }

    @Test
    void the_filters_narrow_by_who_format_and_status_and_wildcards_in_a_name_are_literal() {
        String grid = grid();
        long analysts = record(jdbc, grid, "analyst", "READY");
        long approvers = record(jdbc, grid, "approver", "FAILED");

        assertThat(ids("admin", new ExportFilter(grid, "ANAL", null, null))).containsExactly(analysts);
        assertThat(ids("admin", new ExportFilter(grid, "%", null, null))).isEmpty();
        assertThat(ids("admin", new ExportFilter(grid, null, null, ExportStatus.FAILED)))
                .containsExactly(approvers);
        assertThat(ids("admin", new ExportFilter(grid, null, ExportFormat.XLSX, null)))
                .isEmpty();
    }

    @Test
    void an_own_ready_export_whose_stored_file_is_gone_is_not_offered_for_download() {
        String grid = grid();
        long mine = record(jdbc, grid, "analyst", "READY");
        ExportListItem item = users.as("analyst", () -> log.one(mine));
        assertThat(item.own()).isTrue();
        assertThat(item.export().downloadable(java.time.Instant.now())).isTrue();
        assertThat(item.downloadable()).isFalse();
    }
}
