package io.portalops.notification;

import io.portalops.shared.InvalidInputException;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One thing to tell some accounts.
 *
 * @param cause        why; the recipients' preferences for it decide whether an email goes out at once, in the daily
 *                     digest, or not at all
 * @param recipientIds account ids; unknown and disabled accounts are skipped, an empty set notifies nobody
 * @param title        one line, at most 200 characters, shown in the bell and as the email subject
 * @param body         plain text, at most 4,000 characters (never HTML: it is escaped everywhere it is shown)
 * @param link         the app-relative route of the screen to open, e.g. {@code contracts/CT-2026-000123}; the email
 *                     links to it under {@code portalops.base-url}
 * @param dedupKey     identifies this notification per recipient, e.g. {@code payment-renewal:42:2026-12-01}: a second
 *                     request with the same key for the same recipient creates nothing, so a job may run again safely.
 *                     Letters, digits, {@code - _ :} only, at most 150 characters
 */
public record NotificationRequest(
        NotificationCause cause, Set<Long> recipientIds, String title, String body, String link, String dedupKey) {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_:-]{0,149}");
    private static final Pattern LINK = Pattern.compile("[A-Za-z0-9][A-Za-z0-9/_.~%?=&-]{0,499}|");

    public NotificationRequest {
        if (cause == null) {
            throw new InvalidInputException("cause", "A notification needs a cause.");
        }
        if (recipientIds == null || recipientIds.stream().anyMatch(Objects::isNull)) {
            throw new InvalidInputException("recipientIds", "Give the recipients as account ids.");
        }
        recipientIds = Set.copyOf(recipientIds);
        title = title == null ? "" : title.strip();
        if (title.isEmpty() || title.length() > 200) {
            throw new InvalidInputException("title", "The title must have 1 to 200 characters.");
        }
        body = body == null ? "" : body.strip();
        if (body.length() > 4000) {
            throw new InvalidInputException("body", "The body must have at most 4,000 characters.");
        }
        link = link == null ? "" : link.strip();
        if (link.startsWith("/")) {
            link = link.substring(1);
        }
        if (!LINK.matcher(link).matches() || link.contains("..")) {
            throw new InvalidInputException(
                    "link", "The link must be a route inside the app, e.g. contracts/CT-2026-000123.");
        }
        if (dedupKey == null || !KEY.matcher(dedupKey).matches()) {
            throw new InvalidInputException(
                    "dedupKey", "The dedup key must have 1 to 150 letters, digits, '-', '_' or ':'.");
        }
    }
}
