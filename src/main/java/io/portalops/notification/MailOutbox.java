package io.portalops.notification;

import io.portalops.shared.InvalidInputException;
import io.portalops.shared.NotFoundException;
import io.portalops.shared.paging.PageWindow;
import io.portalops.shared.paging.SliceResult;
import java.time.Clock;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The email outbox for administrators: what has not gone out yet and why, and sending a message again now. */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class MailOutbox {

    public static final int MAX_PAGE = 200;

    private final OutboxStore store;
    private final Clock clock;

    MailOutbox(OutboxStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Pending, being sent and failed messages, newest first. */
    @Transactional(readOnly = true)
    public SliceResult<OutboxItem> unsent(int offset, int limit) {
        PageWindow.require(offset, limit, MAX_PAGE);
        return SliceResult.fromOverfetch(store.open(offset, limit), offset, limit);
    }

    /** Makes a pending or failed message due at once; a failed one gets its attempts afresh. */
    @Transactional
    public void retryNow(long id) {
        OutboxStatus status = store.status(id).orElseThrow(() -> new NotFoundException("Outbox message"));
        switch (status) {
            case SENT -> throw new InvalidInputException("status", "This message has been sent already.");
            case SENDING -> throw new InvalidInputException("status", "This message is being sent right now.");
            default -> store.retryNow(id, clock.instant());
        }
    }
}
