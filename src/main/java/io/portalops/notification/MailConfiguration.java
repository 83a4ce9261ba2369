package io.portalops.notification;

import io.portalops.shared.PortalOpsProperties;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.util.StringUtils;

/**
 * Mail goes through Boot's SMTP sender when {@code spring.mail.host} is set; otherwise (the demo) it is captured as
 * {@code .eml} files under {@code portalops.mail.capture-dir}.
 */
@Configuration
class MailConfiguration {

    @Bean
    @Primary
    @Conditional(NoSmtpHost.class)
    JavaMailSender capturingMailSender(MailProperties properties, PortalOpsProperties app, Clock clock) {
        return new CapturingMailSender(app.dataPath(properties.captureDir(), "mail"), clock);
    }

    static class NoSmtpHost implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.mail.host"));
        }
    }
}
