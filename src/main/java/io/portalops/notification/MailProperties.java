package io.portalops.notification;

import jakarta.validation.constraints.NotBlank;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Email (ADR 012). It goes through SMTP when {@code spring.mail.host} is set (Boot's {@code spring.mail.*}); without a
 * host it is captured as {@code .eml} files (the demo).
 *
 * @param from       the sender of every email
 * @param captureDir where emails are captured without an SMTP host; by default {@code mail} under
 *                   {@code portalops.data-dir}
 */
@Validated
@ConfigurationProperties("portalops.mail")
record MailProperties(
        @DefaultValue("PortalOps <no-reply@portalops.local>") @NotBlank
        String from,

        @Nullable Path captureDir) {}
