package io.portalops.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Notifications and preferences in plain SQL. Inserts use {@code on conflict do nothing}: a duplicate must not fail
 * the caller's transaction, which a JPA insert hitting the unique key would mark for rollback (ADR 012).
 */
@Component
class NotificationStore {

    private static final String ITEM =
            "select id, cause, title, body, link, created_at, read_at is not null as is_read from notification ";

    private final JdbcClient jdbc;

    NotificationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The new row's id, or empty when the recipient already has a notification with this key. */
    Optional<Long> insert(long recipientId, NotificationRequest request, Delivery delivery, Instant now) {
        return jdbc.sql("""
                        insert into notification (recipient_id, cause, title, body, link, dedup_key, delivery, created_at)
                        values (:recipient, :cause, :title, :body, :link, :key, :delivery, :now)
                        on conflict (recipient_id, dedup_key) do nothing returning id""")
                .param("recipient", recipientId)
                .param("cause", request.cause().name())
                .param("title", request.title())
                .param("body", request.body())
                .param("link", request.link())
                .param("key", request.dedupKey())
                .param("delivery", delivery.name())
                .param("now", Timestamp.from(now))
                .query(Long.class)
                .optional();
    }

    long unreadCount(long recipientId, int cap) {
        return jdbc.sql(
                        "select count(*) from (select 1 from notification where recipient_id = ? and read_at is null limit ?) u")
                .params(recipientId, cap)
                .query(Long.class)
                .single();
    }

    /** Newest first, {@code limit + 1} rows so that the caller knows whether more follow. */
    List<NotificationItem> page(long recipientId, int offset, int limit) {
        return jdbc.sql(ITEM + "where recipient_id = ? order by created_at desc, id desc offset ? limit ?")
                .params(recipientId, offset, limit + 1)
                .query(NotificationStore::item)
                .list();
    }

    boolean markRead(long recipientId, long id, Instant now) {
        return jdbc.sql("update notification set read_at = coalesce(read_at, ?) where id = ? and recipient_id = ?")
                        .params(Timestamp.from(now), id, recipientId)
                        .update()
                == 1;
    }

    int markAllRead(long recipientId, Instant now) {
        return jdbc.sql("update notification set read_at = ? where recipient_id = ? and read_at is null")
                .params(Timestamp.from(now), recipientId)
                .update();
    }

    /** Recipients with digest notifications not yet sent, at most {@code max}. */
    List<Long> digestRecipients(int max) {
        return jdbc.sql(
                        "select distinct recipient_id from notification where delivery = 'DIGEST' and digested_at is null limit ?")
                .param(max)
                .query(Long.class)
                .list();
    }

    /** A recipient's digest notifications not yet sent, oldest first, locked so that two digest runs cannot both take them. */
    List<NotificationItem> digestDue(long recipientId, int max) {
        return jdbc.sql(
                        ITEM
                                + "where recipient_id = ? and delivery = 'DIGEST' and digested_at is null order by id limit ? for update skip locked")
                .params(recipientId, max)
                .query(NotificationStore::item)
                .list();
    }

    void markDigested(Collection<Long> ids, Instant now) {
        jdbc.sql("update notification set digested_at = :now where id in (:ids)")
                .param("now", Timestamp.from(now))
                .param("ids", ids)
                .update();
    }

    /** The chosen deliveries of these accounts for a cause; accounts that chose nothing are absent. */
    Map<Long, Delivery> preferences(Collection<Long> accountIds, NotificationCause cause) {
        Map<Long, Delivery> chosen = new HashMap<>();
        if (accountIds.isEmpty()) {
            return chosen;
        }
        jdbc.sql(
                        "select account_id, delivery from notification_preference where cause = :cause and account_id in (:ids)")
                .param("cause", cause.name())
                .param("ids", accountIds)
                .query((rs, n) -> chosen.put(rs.getLong(1), Delivery.valueOf(rs.getString(2))))
                .list();
        return chosen;
    }

    Map<NotificationCause, Delivery> preferencesOf(long accountId) {
        Map<NotificationCause, Delivery> chosen = new EnumMap<>(NotificationCause.class);
        jdbc.sql("select cause, delivery from notification_preference where account_id = ?")
                .param(accountId)
                .query((rs, n) ->
                        chosen.put(NotificationCause.valueOf(rs.getString(1)), Delivery.valueOf(rs.getString(2))))
                .list();
        return chosen;
    }

    void savePreference(long accountId, NotificationCause cause, Delivery delivery) {
        jdbc.sql("""
                        insert into notification_preference (account_id, cause, delivery) values (?, ?, ?)
                        on conflict (account_id, cause) do update set delivery = excluded.delivery""").params(accountId, cause.name(), delivery.name()).update();
    }

    private static NotificationItem item(ResultSet rs, int row) throws SQLException {
        return new NotificationItem(
                rs.getLong("id"),
                NotificationCause.valueOf(rs.getString("cause")),
                rs.getString("title"),
                rs.getString("body"),
                rs.getString("link"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getBoolean("is_read"));
    }
}
