package io.portalops.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The demo's mail server: with no SMTP host configured, each message is written as an {@code .eml} file to a
 * directory (by default {@code ${portalops.data-dir}/mail}), which any mail client opens.
 */
class CapturingMailSender extends JavaMailSenderImpl {

    private static final Logger LOG = LoggerFactory.getLogger(CapturingMailSender.class);
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Path directory;
    private final Clock clock;

    CapturingMailSender(Path directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    Path directory() {
        return directory;
    }

    @Override
    protected void doSend(MimeMessage[] messages, Object @Nullable [] originals) throws MailException {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new MailSendException("Cannot create the mail capture directory " + directory, e);
        }
        for (MimeMessage message : messages) {
            try {
                if (message.getSentDate() == null) {
                    message.setSentDate(Date.from(clock.instant()));
                }
                // saveChanges would replace an explicit Message-ID, as JavaMailSenderImpl also guards against
                String messageId = message.getMessageID();
                message.saveChanges();
                if (messageId != null) {
                    message.setHeader("Message-ID", messageId);
                }
                Path file = directory.resolve(STAMP.format(clock.instant()) + "-" + UUID.randomUUID() + ".eml");
                try (OutputStream out = Files.newOutputStream(file)) {
                    message.writeTo(out);
                }
                LOG.info("Mail captured (no SMTP host configured): {}", file);
            } catch (MessagingException e) {
                throw new MailPreparationException(e);
            } catch (IOException e) {
                throw new MailSendException("Cannot write the captured mail to " + directory, e);
            }
        }
    }
}
