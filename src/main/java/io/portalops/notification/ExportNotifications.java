package io.portalops.notification;

import io.portalops.export.ExportReady;
import java.text.NumberFormat;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A large export finished in the background: its owner gets the link to the download page (ADR 015). */
@Component
class ExportNotifications {

    private static final DateTimeFormatter UNTIL =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final Notifier notifier;

    ExportNotifications(Notifier notifier) {
        this.notifier = notifier;
    }

    @EventListener
    void on(ExportReady export) {
        String rows = NumberFormat.getIntegerInstance(Locale.ENGLISH).format(export.rows());
        notifier.notify(new NotificationRequest(
                NotificationCause.EXPORT_READY,
                Set.of(export.accountId()),
                "Your export of " + export.title() + " is ready (" + rows + " rows)",
                "Download it, with its signature, until " + UNTIL.format(export.expiresAt()) + ".",
                export.link(),
                "export-ready:" + export.exportId()));
    }
}
