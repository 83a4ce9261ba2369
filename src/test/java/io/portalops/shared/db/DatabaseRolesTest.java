package io.portalops.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portalops.audit.AuditEntry;
import io.portalops.audit.AuditLog;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The application runs as a database role that owns nothing (the demo and the tests too): it may append to and read the
 * audit log, but cannot change, delete or truncate entries, nor switch the append-only triggers off, nor run DDL.
 */
@SpringBootTest
class DatabaseRolesTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditLog audit;

    @Test
    void the_application_connects_as_a_role_that_owns_nothing_and_is_no_superuser() {
        assertThat(jdbc.queryForObject("select current_user", String.class))
                .isEqualTo(EmbeddedPostgresEnvironmentPostProcessor.APP_ROLE);
        assertThat(jdbc.queryForObject(
                        "select rolsuper or rolcreaterole or rolcreatedb or rolbypassrls from pg_roles where rolname = current_user",
                        Boolean.class))
                .isFalse();
        assertThat(jdbc.queryForObject(
                        "select count(*) from pg_class where relowner = (select oid from pg_roles where rolname = current_user)",
                        Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from pg_proc where proowner = (select oid from pg_roles where rolname = current_user)",
                        Integer.class))
                .isZero();
    }

    @Test
    void
            the_application_role_may_append_and_read_the_audit_log_but_not_update_delete_truncate_or_disable_its_triggers() {
        long seq = audit.record(AuditEntry.of("test.role", "test", "role", Map.of()));
        assertThat(jdbc.queryForObject("select action from audit_log where seq = ?", String.class, seq))
                .isEqualTo("test.role");

        assertThatThrownBy(() -> jdbc.update("update audit_log set action = 'x.y' where seq = ?", seq))
                .rootCause()
                .hasMessageContaining("permission denied for table audit_log");
        assertThatThrownBy(() -> jdbc.update("delete from audit_log where seq = ?", seq))
                .rootCause()
                .hasMessageContaining("permission denied for table audit_log");
        assertThatThrownBy(() -> jdbc.execute("truncate audit_log"))
                .rootCause()
                .hasMessageContaining("permission denied for table audit_log");
        assertThatThrownBy(() -> jdbc.execute("alter table audit_log disable trigger audit_log_no_update_or_delete"))
                .rootCause()
                .hasMessageContaining("must be owner of table audit_log");
        assertThatThrownBy(() -> jdbc.execute("alter table audit_log disable trigger all"))
                .rootCause()
                .hasMessageContaining("must be owner");
        assertThatThrownBy(() -> jdbc.execute("drop trigger audit_log_no_truncate on audit_log"))
                .rootCause()
                .hasMessageContaining("must be owner");
        assertThatThrownBy(() -> jdbc.execute("set session_replication_role = replica"))
                .rootCause()
                .hasMessageContaining("permission denied");
        assertThat(jdbc.queryForObject("select action from audit_log where seq = ?", String.class, seq))
                .isEqualTo("test.role");
    }

    @Test
    void the_application_role_cannot_run_ddl_and_creates_event_partitions_only_through_the_owners_bounded_function() {
        assertThatThrownBy(() -> jdbc.execute("create table role_probe (id int)"))
                .rootCause()
                .hasMessageContaining("permission denied for schema");
        assertThatThrownBy(
                        () -> jdbc.execute(
                                "create table events_1999_01 partition of events for values from ('1999-01-01') to ('1999-02-01')"))
                .rootCause()
                .hasMessageContaining("permission denied for schema");
        assertThatThrownBy(() -> jdbc.queryForObject("select event_partition_create(date '0001-01-01')", Boolean.class))
                .rootCause()
                .hasMessageContaining("outside 1970");
        assertThatThrownBy(() -> jdbc.execute("alter table events detach partition "
                        + jdbc.queryForObject(
                                "select min(c.relname) from pg_inherits i join pg_class c on c.oid = i.inhrelid",
                                String.class)))
                .rootCause()
                .hasMessageContaining("must be owner");
    }
}
