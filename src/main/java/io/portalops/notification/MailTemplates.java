package io.portalops.notification;

import io.portalops.shared.PortalOpsProperties;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Emails from the Thymeleaf templates in {@code templates/mail/}: an HTML and a plain-text body each. Thymeleaf escapes
 * every value in the HTML ({@code th:text}), so a title or body with markup arrives as text. Links are absolute, under
 * {@code portalops.base-url}. An engine of its own (Spring EL, as Boot's), so that Spring MVC's Thymeleaf view setup
 * stays as Boot makes it.
 */
@Component
class MailTemplates {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private final SpringTemplateEngine engine = new SpringTemplateEngine();
    private final String baseUrl;

    MailTemplates(PortalOpsProperties app) {
        String baseUrl = app.baseUrl();
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        engine.addTemplateResolver(resolver(TemplateMode.HTML, ".html", 1));
        engine.addTemplateResolver(resolver(TemplateMode.TEXT, ".txt", 2));
    }

    /** The absolute address of an app-relative route. */
    String absolute(String link) {
        return baseUrl + "/" + link;
    }

    RenderedMail notification(String recipientName, NotificationRequest request) {
        Context context = new Context(
                Locale.ENGLISH,
                Map.of(
                        "name",
                        recipientName,
                        "title",
                        request.title(),
                        "body",
                        request.body(),
                        "link",
                        absolute(request.link()),
                        "cause",
                        request.cause().label(),
                        "preferences",
                        absolute("notifications/preferences")));
        return new RenderedMail(
                request.title(),
                engine.process("mail/notification.txt", context),
                engine.process("mail/notification.html", context));
    }

    RenderedMail digest(String recipientName, List<NotificationItem> items) {
        List<Map<String, String>> rows = items.stream()
                .map(item -> Map.of(
                        "title",
                        item.title(),
                        "body",
                        item.body(),
                        "link",
                        absolute(item.link()),
                        "when",
                        WHEN.format(item.createdAt())))
                .toList();
        Context context = new Context(
                Locale.ENGLISH,
                Map.of(
                        "name",
                        recipientName,
                        "items",
                        rows,
                        "preferences",
                        absolute("notifications/preferences"),
                        "all",
                        absolute("notifications")));
        String subject = "PortalOps digest: " + items.size() + (items.size() == 1 ? " notification" : " notifications");
        return new RenderedMail(
                subject, engine.process("mail/digest.txt", context), engine.process("mail/digest.html", context));
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String suffix, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setTemplateMode(mode);
        resolver.setResolvablePatterns(Set.of("*" + suffix));
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCheckExistence(true);
        resolver.setOrder(order);
        return resolver;
    }
}
