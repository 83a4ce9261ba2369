package io.portalops.event.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.ListDataProvider;
import io.portalops.event.EventFilter;
import io.portalops.event.EventListItem;
import io.portalops.event.EventLog;
import io.portalops.event.LiveEvents;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The live tail of the event log. While it is on, the grid holds the newest {@link #ROWS} events for the current
 * filters in memory, read again whenever {@link LiveEvents} signals new ones: at most once a second per view,
 * however fast events arrive, and the browser receives only the rows it shows. The badge counts the events that
 * arrived since the tail was switched on. Switching it off or leaving the view ends the subscription.
 */
class LiveTail extends Div {

    static final int ROWS = 200;
    private static final Logger LOG = LoggerFactory.getLogger(LiveTail.class);

    final Checkbox toggle = new Checkbox("Live tail");
    final Span indicator = new Span();
    final ListDataProvider<EventListItem> rows;
    private final List<EventListItem> shown = new ArrayList<>();
    private final LiveEvents live;
    private final EventLog log;
    private final Supplier<EventFilter> filter;
    private LiveEvents.@Nullable Subscription subscription;
    private long arrived;
    private boolean more;

    /** {@code onToggle} switches the grid between {@link #rows} and the paged log before the first read. */
    LiveTail(LiveEvents live, EventLog log, Supplier<EventFilter> filter, Consumer<Boolean> onToggle) {
        this.live = live;
        this.log = log;
        this.filter = filter;
        rows = new ListDataProvider<>(shown) {
            @Override
            public Object getId(EventListItem item) {
                return item.id();
            }
        };
        addClassName("live-tail");
        toggle.setTooltipText("Show new events as they arrive (newest " + ROWS + ", updated at most once a second)");
        indicator.getElement().getThemeList().add("badge success pill");
        indicator.addClassName("live-indicator");
        indicator.setVisible(false);
        toggle.addValueChangeListener(change -> {
            boolean on = change.getValue();
            onToggle.accept(on);
            if (on) {
                getUI().ifPresent(this::subscribe);
            } else {
                unsubscribe();
                shown.clear();
            }
            indicator.setVisible(on);
        });
        add(toggle, indicator);
    }

    boolean isOn() {
        return toggle.getValue();
    }

    boolean isSubscribed() {
        return subscription != null;
    }

    /** Reads the newest rows afresh, e.g. after the filters changed; nothing counts as new. */
    void reset() {
        arrived = 0;
        more = false;
        read(false);
    }

    /** Reads the newest rows again; those not shown before count as new. What a signal runs, and tests call. */
    void refresh() {
        read(true);
    }

    private void read(boolean count) {
        List<EventListItem> newest = log.search(filter.get(), null, ROWS).items();
        if (count) {
            Set<Long> before = shown.stream().map(EventListItem::id).collect(Collectors.toSet());
            long fresh = newest.stream().filter(e -> !before.contains(e.id())).count();
            arrived += fresh;
            // a full page of unseen rows means that more may have arrived than the tail keeps
            more |= fresh == ROWS;
        }
        shown.clear();
        shown.addAll(newest);
        rows.refreshAll();
        indicator.setText(String.format("Live · %,d%s new", arrived, more ? "+" : ""));
    }

    private void refreshInBackground(UI ui) {
        try {
            refresh();
            LOG.debug("Live tail of UI {} read again: {}", ui.getUIId(), indicator.getText());
        } catch (RuntimeException e) {
            LOG.warn("Live tail refresh failed; the next signal retries", e);
            indicator.setText("Live · update failed, retrying");
        }
    }

    private void subscribe(UI ui) {
        if (subscription != null) {
            return;
        }
        // The reads run on a background thread. Vaadin's security context strategy finds the user through the
        // session inside ui.access; the captured context makes that explicit and keeps working without it.
        SecurityContext context = SecurityContextHolder.getContext();
        Runnable refresh = new DelegatingSecurityContextRunnable(() -> refreshInBackground(ui), context);
        subscription = live.subscribe(() -> {
            try {
                ui.access(refresh::run);
            } catch (UIDetachedException e) {
                // the view is going away; its detach ends the subscription
            }
        });
    }

    private void unsubscribe() {
        if (subscription != null) {
            subscription.cancel();
            subscription = null;
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        if (isOn()) {
            subscribe(attachEvent.getUI());
            refresh();
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        unsubscribe();
        super.onDetach(detachEvent);
    }
}
