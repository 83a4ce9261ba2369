package io.portalops.notification;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.portalops.jobs.ScheduledJob;
import io.portalops.shared.PortalOpsProperties;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what the outbox holds (ADR 012). Each round claims a batch in a short transaction (status SENDING with a
 * lease, committed before anything is sent; {@code skip locked} keeps concurrent senders apart), sends each message
 * outside any transaction, and records the outcome: SENT, or the error with a retry after an exponentially growing
 * delay, and FAILED after the last attempt. A sender that dies mid-batch leaves its messages to be claimed again once
 * the lease runs out, so a message may go out twice, always with the same Message-ID (its dedup key).
 */
@Service
class OutboxSender implements ScheduledJob {

    /** What one run did. */
    public record Outcome(int sent, int retrying, int failed) {}

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);
    private static final int MAX_ROUNDS = 20;

    private final OutboxStore store;
    private final JavaMailSender mail;
    private final TransactionTemplate transaction;
    private final InternetAddress from;
    private final String messageIdDomain;
    private final int batchSize;
    private final int maxAttempts;
    private final Duration lease;
    private final Duration backoff;
    private final Duration maxBackoff;
    private final OutboxMetrics metrics;
    private final ObservationRegistry observations;
    private final OutboxTrace trace;

    OutboxSender(
            OutboxStore store,
            JavaMailSender mail,
            PlatformTransactionManager transactions,
            OutboxMetrics metrics,
            ObservationRegistry observations,
            OutboxTrace trace,
            MailProperties mailProperties,
            PortalOpsProperties app,
            NotificationProperties properties)
            throws AddressException {
        this.store = store;
        this.mail = mail;
        this.metrics = metrics;
        this.observations = observations;
        this.trace = trace;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.from = new InternetAddress(mailProperties.from(), true);
        String host = URI.create(app.baseUrl()).getHost();
        this.messageIdDomain = host == null || host.isBlank() ? "portalops.local" : host;
        NotificationProperties.Outbox outbox = properties.outbox();
        this.batchSize = outbox.batchSize();
        this.maxAttempts = outbox.maxAttempts();
        this.lease = outbox.lease();
        this.backoff = outbox.backoff();
        this.maxBackoff = outbox.maxBackoff();
    }

    @Override
    public String name() {
        return "mail-outbox-send";
    }

    @Override
    public String title() {
        return "Send mail";
    }

    @Override
    public String description() {
        return "Delivers the emails waiting in the outbox, retrying failed ones with backoff.";
    }

    @Override
    public String defaultCron() {
        return "*/30 * * * * *";
    }

    @Override
    public Duration lockAtLeastFor() {
        return Duration.ofSeconds(5);
    }

    @Override
    public String execute(Clock clock) {
        Outcome outcome = run(clock);
        return "Sent " + outcome.sent() + ", retrying " + outcome.retrying() + ", failed " + outcome.failed();
    }

    /** Sends every message due at {@code clock}'s now, batch by batch, up to 20 batches; the next tick sends the rest. */
    public Outcome run(Clock clock) {
        int sent = 0;
        int retrying = 0;
        int failed = 0;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            Instant now = clock.instant();
            List<OutboxStore.Claimed> batch =
                    transaction.execute(status -> store.claim(now, now.plus(lease), batchSize));
            if (batch == null || batch.isEmpty()) {
                break;
            }
            for (OutboxStore.Claimed message : batch) {
                try {
                    send(message);
                    transaction.executeWithoutResult(status -> store.markSent(message.id(), clock.instant()));
                    metrics.sent();
                    sent++;
                } catch (RuntimeException | MessagingException | UnsupportedEncodingException e) {
                    boolean last = message.attempt() >= maxAttempts;
                    Instant next = clock.instant().plus(delayAfter(message.attempt()));
                    String error = e.getClass().getSimpleName() + ": " + e.getMessage();
                    transaction.executeWithoutResult(status -> store.markFailed(message.id(), error, next, last));
                    // the message id, never the address: no personal data in logs (docs/ops/observability.md)
                    LOG.warn(
                            "Outbox message {} failed (attempt {} of {}): {}",
                            message.id(),
                            message.attempt(),
                            maxAttempts,
                            e.getClass().getSimpleName());
                    if (last) {
                        metrics.failed();
                        failed++;
                    } else {
                        metrics.retried();
                        retrying++;
                    }
                }
            }
        }
        return new Outcome(sent, retrying, failed);
    }

    /**
     * One SMTP delivery as a span of its own ({@code portalops.mail.send}): a child of the span that queued the message
     * (a request's, usually), else of the sender's job run.
     */
    private void send(OutboxStore.Claimed message) throws MessagingException, UnsupportedEncodingException {
        if (message.traceParent() == null) {
            deliver(message, false);
        } else {
            trace.within(message.traceParent(), () -> deliver(message, true));
        }
    }

    private void deliver(OutboxStore.Claimed message, boolean inQueuingTrace)
            throws MessagingException, UnsupportedEncodingException {
        Observation observation = Observation.createNotStarted("portalops.mail.send", observations)
                .contextualName("mail send")
                .lowCardinalityKeyValue("attempt", message.attempt() <= 1 ? "first" : "retry");
        if (inQueuingTrace) {
            observation.parentObservation(null); // the queuing span is the parent, not the job run that is current
        }
        observation.start();
        try (Observation.Scope scope = observation.openScope()) {
            mail.send(mimeMessage(message));
        } catch (RuntimeException | MessagingException | UnsupportedEncodingException e) {
            observation.error(e);
            throw e;
        } finally {
            observation.stop();
        }
    }

    /** The wait after the given attempt failed: backoff, doubled per attempt, at most max-backoff. */
    Duration delayAfter(int attempt) {
        Duration delay = backoff.multipliedBy(1L << Math.min(Math.max(attempt - 1, 0), 20));
        return delay.compareTo(maxBackoff) > 0 ? maxBackoff : delay;
    }

    /** Message-IDs are made of the dedup key, so that a message sent twice is recognisably the same one. */
    String messageId(String dedupKey) {
        return "<" + dedupKey.replace(':', '/') + "@" + messageIdDomain + ">";
    }

    private MimeMessage mimeMessage(OutboxStore.Claimed message)
            throws MessagingException, UnsupportedEncodingException {
        MimeMessage mime = mail.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(mime, true, StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(new InternetAddress(message.toAddress(), true));
        helper.setSubject(message.subject());
        helper.setText(message.textBody(), message.htmlBody());
        mime.setHeader("Message-ID", messageId(message.dedupKey()));
        return mime;
    }
}
