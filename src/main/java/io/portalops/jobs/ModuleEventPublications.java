package io.portalops.jobs;

import io.portalops.shared.NotFoundException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Jobs screen's view of Spring Modulith's event publication registry (ADR 025): the module events whose listener
 * has not completed, and resubmitting one. Restarting the app resubmits all of them; this is for not waiting.
 */
@Service
public class ModuleEventPublications {

    static final int MAX_LISTED = 200;

    private final JdbcClient jdbc;
    private final IncompleteEventPublications incomplete;

    ModuleEventPublications(JdbcClient jdbc, IncompleteEventPublications incomplete) {
        this.jdbc = jdbc;
        this.incomplete = incomplete;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<PendingPublication> incomplete() {
        return jdbc.sql("""
                        select id, listener_id, event_type, publication_date, status, completion_attempts
                        from event_publication where completion_date is null
                        order by publication_date, id limit :max""")
                .param("max", MAX_LISTED)
                .query((rs, row) -> new PendingPublication(
                        rs.getObject("id", UUID.class),
                        rs.getString("listener_id"),
                        rs.getString("event_type"),
                        rs.getObject("publication_date", OffsetDateTime.class).toInstant(),
                        rs.getString("status"),
                        rs.getInt("completion_attempts")))
                .list();
    }

    /**
     * Hands one incomplete publication to its listener again. Not transactional on purpose: an
     * {@code @ApplicationModuleListener} runs in its own transaction, and the registry records its outcome itself.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public void resubmit(UUID id) {
        Boolean open = jdbc.sql(
                        "select exists (select 1 from event_publication where id = :id and completion_date is null)")
                .param("id", id)
                .query(Boolean.class)
                .single();
        if (!Boolean.TRUE.equals(open)) {
            throw new NotFoundException("No incomplete module event " + id + "; it may have completed meanwhile.");
        }
        incomplete.resubmitIncompletePublications(
                publication -> publication.getIdentifier().equals(id));
    }
}
