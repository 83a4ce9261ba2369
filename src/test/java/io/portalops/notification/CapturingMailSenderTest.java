package io.portalops.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mail.javamail.MimeMessageHelper;

class CapturingMailSenderTest {

    @TempDir
    Path directory;

    @Test
    void without_an_smtp_host_each_message_becomes_an_eml_file_that_keeps_its_message_id() throws Exception {
        Path mailDir = directory.resolve("mail");
        CapturingMailSender sender =
                new CapturingMailSender(mailDir, Clock.fixed(Instant.parse("2026-11-22T08:00:00Z"), ZoneOffset.UTC));
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom("portal@example.com");
        helper.setTo("ann@example.com");
        helper.setSubject("Contract CT-1 needs you");
        helper.setText("plain text", "<p>html</p>");
        message.setHeader("Message-ID", "<contract/1/submitted/1/7@localhost>");

        sender.send(message);

        List<Path> files;
        try (var list = Files.list(mailDir)) {
            files = list.toList();
        }
        assertThat(files)
                .singleElement()
                .satisfies(file -> assertThat(file.getFileName().toString())
                        .startsWith("20261122-080000-")
                        .endsWith(".eml"));
        try (InputStream in = Files.newInputStream(files.getFirst())) {
            MimeMessage read = new MimeMessage(Session.getInstance(new Properties()), in);
            assertThat(read.getMessageID()).isEqualTo("<contract/1/submitted/1/7@localhost>");
            assertThat(read.getSubject()).isEqualTo("Contract CT-1 needs you");
            assertThat(read.getAllRecipients()).extracting(Object::toString).containsExactly("ann@example.com");
        }
    }
}
