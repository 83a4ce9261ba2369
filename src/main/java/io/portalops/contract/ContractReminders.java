package io.portalops.contract;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads for the reminder jobs of #6, which run without a user and with a {@code Clock}: they pass the day or instant.
 * No scope applies, so views and controllers never use this class; the job decides whom to tell.
 */
@Component
public class ContractReminders {

    private final JdbcTemplate jdbc;

    ContractReminders(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A contract whose cancellation deadline (end date minus notice period) is near. */
    public record NoticeDeadline(
            long contractId,
            String number,
            String title,
            long ownerId,
            LocalDate endDate,
            LocalDate cancellationDeadline,
            boolean autoRenew) {}

    /** A contract waiting for approval since {@code submittedAt}. */
    public record PendingApproval(long contractId, String number, String title, long ownerId, Instant submittedAt) {}

    /** Active contracts whose cancellation deadline is exactly {@code day}, so a daily job reports each deadline once. */
    @Transactional(readOnly = true)
    public List<NoticeDeadline> noticeDeadlinesOn(LocalDate day) {
        return jdbc.query(
                "select id, number, title, owner_id, end_date, auto_renew, notice_period_days from contract "
                        + "where status = 'ACTIVE' and end_date - notice_period_days = ? order by id",
                (rs, row) -> {
                    LocalDate end = rs.getObject("end_date", LocalDate.class);
                    return new NoticeDeadline(
                            rs.getLong("id"),
                            rs.getString("number"),
                            rs.getString("title"),
                            rs.getLong("owner_id"),
                            end,
                            end.minusDays(rs.getInt("notice_period_days")),
                            rs.getBoolean("auto_renew"));
                },
                Date.valueOf(day));
    }

    /** Contracts pending approval that were submitted before {@code cutoff}, oldest first. */
    @Transactional(readOnly = true)
    public List<PendingApproval> pendingSubmittedBefore(Instant cutoff) {
        return jdbc.query(
                "select id, number, title, owner_id, submitted_at from contract "
                        + "where status = 'PENDING_APPROVAL' and submitted_at < ? order by submitted_at, id",
                (rs, row) -> new PendingApproval(
                        rs.getLong("id"),
                        rs.getString("number"),
                        rs.getString("title"),
                        rs.getLong("owner_id"),
                        rs.getTimestamp("submitted_at").toInstant()),
                Timestamp.from(cutoff));
    }
}
