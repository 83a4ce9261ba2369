package io.portalops.shared.ops;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import io.portalops.TestUsers;
import io.portalops.customer.CustomerDetails;
import io.portalops.customer.CustomerExport;
import io.portalops.customer.CustomerFilter;
import io.portalops.customer.CustomerForm;
import io.portalops.customer.CustomerKind;
import io.portalops.customer.CustomerSegment;
import io.portalops.customer.CustomerService;
import io.portalops.customer.CustomerStatus;
import io.portalops.customer.PiiField;
import io.portalops.export.ExportFormat;
import io.portalops.export.Exports;
import io.portalops.payment.CardNumbers;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * No personal data in the logs (docs/ops/observability.md): the log output of a customer create, a PII reveal, a
 * refused card number and exports filtered by e-mail and national ID, with the app's own loggers at DEBUG, holds no
 * e-mail address, national ID or card number. The events are read from an appender on the root logger, not from the
 * console: other tests in the same JVM start and stop applications of their own, which reconfigure the console output.
 */
@SpringBootTest
class LogPrivacyTest {

    final ListAppender<ILoggingEvent> events = new ListAppender<>();

    static final String CARD = "4111 1111 1111 1111";

    @Autowired
    CustomerService customers;

    @Autowired
    CustomerExport customerExport;

    @Autowired
    Exports exports;

    @Autowired
    TestUsers users;

    @Autowired
    LoggingSystem logging;

    @BeforeEach
    void verbose() {
        logging.setLogLevel("io.portalops", LogLevel.DEBUG);
        events.start();
        root().addAppender(events);
    }

    @AfterEach
    void quiet() {
        root().detachAppender(events);
        logging.setLogLevel("io.portalops", null);
    }

    static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    String logged() {
        return events.list.stream()
                .map(e -> e.getFormattedMessage()
                        + (e.getThrowableProxy() == null
                                ? ""
                                : "\n" + ThrowableProxyUtil.asString(e.getThrowableProxy())))
                .collect(Collectors.joining("\n"));
    }

    @Test
    void a_customer_create_reveal_and_export_log_no_email_national_id_or_card_number() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String email = "private." + suffix + "@example.org";
        String nationalId = "19" + Math.abs(suffix.hashCode() % 100_000_000) + "X" + suffix.substring(0, 3);
        CustomerDetails created = users.as(
                "manager",
                () -> customers.create(new CustomerForm(
                        "LOG-" + suffix,
                        "Log Privacy " + suffix,
                        CustomerKind.COMPANY,
                        nationalId,
                        email,
                        "+46 70 123 45 67",
                        "Main street 1, Stockholm",
                        "SE",
                        CustomerSegment.SMB,
                        CustomerStatus.ACTIVE,
                        null,
                        null)));

        String revealed = users.as("admin", () -> customers.reveal(created.id(), PiiField.EMAIL, "log privacy check"));
        users.as("admin", () -> customers.reveal(created.id(), PiiField.NATIONAL_ID, "log privacy check"));
        users.as(
                "admin",
                () -> exports.run(
                        customerExport.query(
                                new CustomerFilter(null, null, null, null, null, null, email, null), List.of()),
                        ExportFormat.CSV));
        users.as(
                "admin",
                () -> exports.run(
                        customerExport.query(
                                new CustomerFilter(null, null, null, null, null, null, null, nationalId), List.of()),
                        ExportFormat.XLSX));
        try {
            users.as(
                    "manager",
                    () -> customers.update(
                            created.id(),
                            new CustomerForm(
                                    "LOG-" + suffix,
                                    "Log Privacy " + suffix,
                                    CustomerKind.COMPANY,
                                    nationalId,
                                    email,
                                    "+46 70 123 45 67",
                                    "Card " + CARD,
                                    "SE",
                                    CustomerSegment.SMB,
                                    CustomerStatus.ACTIVE,
                                    null,
                                    created.version())));
        } catch (RuntimeException refusedOrNot) {
            // what matters here is only what the attempt wrote to the log
        }

        assertThat(revealed).as("the reveal really ran").isEqualTo(email);
        // a line of the app's own logger at DEBUG: proves the appender hears what the app logs at that level
        LoggerFactory.getLogger("io.portalops.shared.ops").debug("log privacy marker {}", suffix);
        String logged = logged();
        assertThat(logged).as("the appender sees the app's log").contains("log privacy marker " + suffix);
        assertThat(logged)
                .doesNotContain(email)
                .doesNotContain(nationalId)
                .doesNotContain(CARD)
                .doesNotContain(CARD.replace(" ", ""));
        assertThat(CardNumbers.containsCardNumber(logged))
                .as("no card number of any format")
                .isFalse();
    }
}
