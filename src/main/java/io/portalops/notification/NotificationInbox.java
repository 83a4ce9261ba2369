package io.portalops.notification;

import io.portalops.security.CurrentUserProvider;
import io.portalops.shared.NotFoundException;
import io.portalops.shared.paging.PageWindow;
import io.portalops.shared.paging.SliceResult;
import java.time.Clock;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in user's own notifications: count, list, mark read, and a live signal when they change. */
@Service
@PreAuthorize("isAuthenticated()")
public class NotificationInbox {

    /** The bell shows "99+" above this. */
    public static final int COUNT_CAP = 99;

    public static final int MAX_PAGE = 200;

    /** Ends a subscription; calling it twice is harmless. */
    public interface Subscription {
        void cancel();
    }

    private final NotificationStore store;
    private final NotificationSignals signals;
    private final CurrentUserProvider currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NotificationInbox(
            NotificationStore store,
            NotificationSignals signals,
            CurrentUserProvider currentUser,
            ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.signals = signals;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Unread notifications, counted up to {@link #COUNT_CAP} + 1. */
    @Transactional(readOnly = true)
    public long unreadCount() {
        return store.unreadCount(me(), COUNT_CAP + 1);
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public SliceResult<NotificationItem> mine(int offset, int limit) {
        PageWindow.require(offset, limit, MAX_PAGE);
        return SliceResult.fromOverfetch(store.page(me(), offset, limit), offset, limit);
    }

    @Transactional
    public void markRead(long notificationId) {
        long me = me();
        if (!store.markRead(me, notificationId, clock.instant())) {
            throw new NotFoundException("Notification");
        }
        events.publishEvent(new NotificationsChanged(Set.of(me)));
    }

    /** @return how many were unread */
    @Transactional
    public int markAllRead() {
        long me = me();
        int marked = store.markAllRead(me, clock.instant());
        if (marked > 0) {
            events.publishEvent(new NotificationsChanged(Set.of(me)));
        }
        return marked;
    }

    /**
     * Calls {@code onChange} on a background thread after a transaction that changed the caller's notifications
     * commits: a new one arrived, or one was read (also in another tab).
     */
    public Subscription subscribe(Runnable onChange) {
        return signals.subscribe(me(), onChange);
    }

    private long me() {
        return currentUser.require().accountId();
    }
}
