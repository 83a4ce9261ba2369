package io.portalops.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.portalops.TestUsers;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The personal iCal feed: hashed, revocable tokens, audited; a feed that ical4j reads back, in the owner's scope. */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CalendarFeedsTest {

    static final String BASE = "https://portalops.example";

    @Autowired
    ApplicationContext context;

    @Autowired
    CalendarFeeds feeds;

    @Autowired
    TestUsers users;

    @Autowired
    CalendarService calendar;

    @Autowired
    JdbcTemplate jdbc;

    CalendarFixtures fixtures;

    @BeforeAll
    void fixtures() {
        fixtures = new CalendarFixtures(context);
    }

    static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    static String value(VEvent event, String property) {
        return event.<Property>getProperty(property).orElseThrow().getValue();
    }

    @Test
    void the_token_is_stored_only_as_its_hash() {
        String token = users.as(fixtures.otherManager, () -> feeds.regenerateToken());

        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        List<Map<String, Object>> rows = jdbc.queryForList(
                "select t.token_hash from calendar_feed_token t join account a on a.id = t.account_id "
                        + "where a.username = ?",
                fixtures.otherManager);
        assertThat(rows).hasSize(1);
        String stored = ((String) rows.getFirst().get("token_hash")).strip();
        assertThat(stored).isNotEqualTo(token).doesNotContain(token).isEqualTo(FeedToken.hash(token));
        assertThat(jdbc.queryForObject(
                        "select count(*) from calendar_feed_token where token_hash = ? or token_hash like ?",
                        Integer.class,
                        token,
                        "%" + token.substring(0, 20) + "%"))
                .isZero();
    }

    @Test
    void the_feed_parses_with_ical4j_and_carries_the_owners_deadlines_with_titles_and_links_only() throws Exception {
        String token = users.as("manager", () -> feeds.regenerateToken());

        Calendar calendar = parse(feeds.feed(token, BASE).orElseThrow());

        List<VEvent> events = calendar.getComponents("VEVENT");
        List<VEvent> ours = events.stream()
                .filter(e -> value(e, "UID").startsWith("contract-" + fixtures.contract.id() + "-"))
                .toList();
        assertThat(ours).hasSize(2);
        VEvent end = ours.stream()
                .filter(e -> value(e, "UID").endsWith("-contract-end@portalops"))
                .findFirst()
                .orElseThrow();
        assertThat(value(end, "DTSTART"))
                .isEqualTo(fixtures.contractEnd.toString().replace("-", ""));
        assertThat(value(end, "SUMMARY"))
                .isEqualTo("Contract ends: " + fixtures.contract.number() + " " + fixtures.contract.title());
        assertThat(value(end, "URL")).isEqualTo(BASE + "/contracts/" + fixtures.contract.number());
        assertThat(value(end, "DESCRIPTION")).isEqualTo("To do: Renew");
        // the manager's scope: no SaaS payment, no other owner's contract
        assertThat(events).noneMatch(e -> value(e, "UID").startsWith("payment-"));
        assertThat(feeds.feed(users.as(fixtures.otherManager, () -> feeds.regenerateToken()), BASE)
                        .orElseThrow())
                .doesNotContain("contract-" + fixtures.contract.id() + "-");
    }

    @Test
    void the_feed_carries_no_personal_data_beyond_titles() throws Exception {
        String serviceAdmin = fixtures.user(io.portalops.payment.PaymentFixtures.Caller.SERVICE_ADMIN_OF_ITS_SERVICE);
        String token = users.as(serviceAdmin, () -> feeds.regenerateToken());
        String ics = feeds.feed(token, BASE).orElseThrow();
        List<Deadline> shown = users.as(
                serviceAdmin,
                () -> calendar.deadlines(CalendarQuery.of(
                                fixtures.today.minusDays(CalendarFeeds.DAYS_BACK),
                                fixtures.today
                                        .minusDays(CalendarFeeds.DAYS_BACK)
                                        .plusDays(CalendarQuery.MAX_DAYS - 1)))
                        .items());

        List<VEvent> events = parse(ics).getComponents("VEVENT");
        assertThat(events).hasSameSizeAs(shown).isNotEmpty();
        // the fixture's record is paid by Jane Doe's card ending 4242, 1200.00 EUR a year on PO-2025-0042
        assertThat(ics)
                .contains("payment-" + fixtures.payment.recordId() + "-card-expiry@portalops")
                .doesNotContainIgnoringCase("Jane Doe")
                .doesNotContain("PO-2025-0042", "Paid by the team card", serviceAdmin)
                .doesNotContain("ATTENDEE", "ORGANIZER", "CONTACT", "LOCATION", "mailto:");
        String texts = events.stream()
                .flatMap(e -> e.getProperties().stream())
                .filter(p -> !Set.of("DTSTAMP", "DTSTART", "UID", "URL").contains(p.getName()))
                .map(Property::getValue)
                .collect(java.util.stream.Collectors.joining("\n"));
        assertThat(texts).doesNotContain("4242", "1200.00", "1,200");
        for (VEvent event : events) {
            Deadline item = shown.stream()
                    .filter(d -> value(event, "UID").equals(d.key() + "@portalops"))
                    .findFirst()
                    .orElseThrow();
            assertThat(event.getProperties().stream().map(Property::getName))
                    .as("only the type, the title, the day, the link and the action")
                    .isSubsetOf("DTSTART", "SUMMARY", "DTSTAMP", "UID", "URL", "CATEGORIES", "TRANSP", "DESCRIPTION");
            assertThat(value(event, "SUMMARY")).isEqualTo(item.type().label() + ": " + item.title());
        }
    }

    @Test
    void a_revoked_or_replaced_token_is_refused_and_both_are_audited() {
        String first = users.as(fixtures.otherManager, () -> feeds.regenerateToken());
        assertThat(feeds.feed(first, BASE)).isPresent();

        String second = users.as(fixtures.otherManager, () -> feeds.regenerateToken());
        assertThat(feeds.feed(first, BASE)).as("replaced").isEmpty();
        assertThat(feeds.feed(second, BASE)).isPresent();

        assertThat(users.as(fixtures.otherManager, () -> feeds.revokeToken())).isTrue();
        assertThat(feeds.feed(second, BASE)).as("revoked").isEmpty();
        assertThat(users.as(fixtures.otherManager, () -> feeds.tokenCreatedAt()))
                .isEmpty();
        assertThat(users.as(fixtures.otherManager, () -> feeds.revokeToken()))
                .as("nothing left")
                .isFalse();

        long accountId =
                jdbc.queryForObject("select id from account where username = ?", Long.class, fixtures.otherManager);
        assertThat(jdbc.queryForList(
                        "select action from audit_log where target_type = 'account' and target_id = ? "
                                + "and action like 'calendar.%' order by seq",
                        String.class, Long.toString(accountId)))
                .endsWith("calendar.feed_token_created", "calendar.feed_token_created", "calendar.feed_token_revoked");
    }

    @Test
    void malformed_and_unknown_tokens_find_nothing_and_a_disabled_account_gets_no_feed() {
        assertThat(feeds.feed("../../etc/passwd", BASE)).isEmpty();
        assertThat(feeds.feed("x".repeat(43), BASE)).isEmpty();
        assertThat(feeds.feed(FeedToken.generate(), BASE)).isEmpty();

        String token = users.as(
                fixtures.user(io.portalops.payment.PaymentFixtures.Caller.AUDITOR), () -> feeds.regenerateToken());
        assertThat(feeds.feed(token, BASE)).isPresent();
        jdbc.update(
                "update account set enabled = false where username = ?",
                fixtures.user(io.portalops.payment.PaymentFixtures.Caller.AUDITOR));
        assertThat(feeds.feed(token, BASE)).isEmpty();
    }
}
