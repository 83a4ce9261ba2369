package io.portalops.event;

import io.portalops.contract.ContractKey;
import io.portalops.shared.demo.DemoCurrencies;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Demo events as rows in COPY text format: {@code events} rows and the matching {@code event_dedup} rows, oldest first,
 * one per evenly spaced slot of the span with a random offset inside it. Oldest first keeps each month's partition and
 * its indexes hot while it fills. Payloads are valid for the schemas in {@link DemoEventTypes}; the text holds no tab,
 * newline or backslash, so nothing needs escaping. Deterministic for a given size, span and set of customers.
 */
final class DemoEventRows {

    static final String EVENTS_COPY = "COPY events (id, occurred_at, received_at, source, event_id, type, customer_id, "
            + "contract_id, payload) FROM STDIN";
    static final String DEDUP_COPY = "COPY event_dedup (source, event_id, occurred_at) FROM STDIN";
    static final String EVENT_ID_PREFIX = "demo-";

    private static final long DAY = 86_400_000L;
    private static final String[] CURRENCIES = DemoCurrencies.mix();
    private static final String[] CHANNELS = {"web", "web", "web", "mobile", "mobile", "api"};
    private static final String[] NETWORKS = {"192.0.2.", "198.51.100.", "203.0.113."};
    private static final String[] METRICS = {"api_calls", "seats", "storage_gb", "active_users"};
    private static final String[] SEVERITIES = {"low", "low", "low", "medium", "medium", "high"};
    private static final String[] SUBJECTS = {
        "Invoice amount does not match the agreement",
        "Service unavailable during business hours",
        "Slow response from support",
        "Duplicate charge on the last invoice",
        "Cannot sign in after password reset",
        "Export to CSV fails",
        "Missing usage data for last month",
        "Unannounced price change",
        "Data processing request not answered",
        "Renewal notice arrived too late"
    };

    private final long[] customers;
    private final List<ContractKey> contracts;
    private final long firstId;
    private final long fromMillis;
    private final double slotMillis;
    private final SplittableRandom random = new SplittableRandom(42);
    private long cachedDay = Long.MIN_VALUE;
    private String cachedDate = "";

    /** {@code size} events with ids {@code firstId…}, from {@code from} (inclusive) to {@code to} (exclusive). */
    DemoEventRows(long[] customers, List<ContractKey> contracts, long firstId, long size, Instant from, Instant to) {
        if (customers.length == 0 || size <= 0) {
            throw new IllegalArgumentException("Demo events need customers and a positive size");
        }
        this.customers = customers;
        this.contracts = contracts;
        this.firstId = firstId;
        this.fromMillis = from.toEpochMilli();
        this.slotMillis = (to.toEpochMilli() - fromMillis) / (double) size;
    }

    /** Appends events number {@code from} (inclusive) to {@code to} (exclusive); call in order, chunk after chunk. */
    void write(long from, long to, StringBuilder events, StringBuilder dedup) {
        for (long n = from; n < to; n++) {
            row(n, events, dedup);
        }
    }

    private void row(long n, StringBuilder events, StringBuilder dedup) {
        long id = firstId + n;
        long at = fromMillis + (long) ((n + random.nextDouble()) * slotMillis);
        long received = at + 200 + random.nextInt(90_000);
        int roll = random.nextInt(100);
        // types and sources in a plausible mix: many sign-ins and meter readings, fewer payments, few complaints
        int linkPercent;
        String type;
        String source;
        if (roll < 40) {
            type = "login";
            source = "auth";
            linkPercent = 0;
        } else if (roll < 70) {
            type = "usage.reported";
            source = "usage-meter";
            linkPercent = 70;
        } else if (roll < 88) {
            type = "payment.received";
            source = "billing";
            linkPercent = 80;
        } else if (roll < 94) {
            type = "payment.missed";
            source = "billing";
            linkPercent = 80;
        } else {
            type = "complaint.opened";
            source = "crm";
            linkPercent = 30;
        }
        long customer;
        long contract = 0;
        if (!contracts.isEmpty() && random.nextInt(100) < linkPercent) {
            ContractKey key = contracts.get(random.nextInt(contracts.size()));
            contract = key.id();
            customer = key.customerId();
        } else {
            customer = customers[random.nextInt(customers.length)];
        }

        events.append(id).append('\t');
        timestamp(events, at);
        events.append('\t');
        timestamp(events, received);
        events.append('\t').append(source).append('\t');
        eventId(events, id);
        events.append('\t').append(type).append('\t').append(customer).append('\t');
        if (contract == 0) {
            events.append("\\N");
        } else {
            events.append(contract);
        }
        events.append('\t');
        payload(events, type, customer, at);
        events.append('\n');

        dedup.append(source).append('\t');
        eventId(dedup, id);
        dedup.append('\t');
        timestamp(dedup, at);
        dedup.append('\n');
    }

    private void payload(StringBuilder b, String type, long customer, long at) {
        switch (type) {
            case "login" ->
                b.append("{\"channel\": \"")
                        .append(CHANNELS[random.nextInt(CHANNELS.length)])
                        .append("\", \"ip\": \"")
                        .append(NETWORKS[random.nextInt(NETWORKS.length)])
                        .append(1 + random.nextInt(254))
                        .append("\"}");
            case "usage.reported" ->
                b.append("{\"metric\": \"")
                        .append(METRICS[random.nextInt(METRICS.length)])
                        .append("\", \"quantity\": ")
                        .append(1 + (long) (Math.pow(random.nextDouble(), 3) * 50_000))
                        .append(", \"period\": \"")
                        .append(date(Math.floorDiv(at, DAY)), 0, 7)
                        .append("\"}");
            case "payment.received" ->
                money(b, customer)
                        .append(", \"invoiceNumber\": \"INV-")
                        .append(100_000 + random.nextInt(900_000))
                        .append("\"}");
            case "payment.missed" ->
                money(b, customer)
                        .append(", \"invoiceNumber\": \"INV-")
                        .append(100_000 + random.nextInt(900_000))
                        .append("\", \"dueDate\": \"")
                        .append(date(Math.floorDiv(at, DAY) - 1 - random.nextInt(30)))
                        .append("\"}");
            default ->
                b.append("{\"severity\": \"")
                        .append(SEVERITIES[random.nextInt(SEVERITIES.length)])
                        .append("\", \"subject\": \"")
                        .append(SUBJECTS[random.nextInt(SUBJECTS.length)])
                        .append("\"}");
        }
    }

    /**
     * {@code demo-} and the id in ten digits: zero-padded, text order is number order, so each chunk appends to the
     * end of its source's range in the {@code (source, event_id)} key instead of landing all over it.
     */
    private static void eventId(StringBuilder b, long id) {
        b.append(EVENT_ID_PREFIX);
        String digits = Long.toString(id);
        for (int i = digits.length(); i < 10; i++) {
            b.append('0');
        }
        b.append(digits);
    }

    /** Opens the object with amount and currency; a customer always pays in the same currency. */
    private StringBuilder money(StringBuilder b, long customer) {
        long cents = 5_000 + (long) (Math.pow(random.nextDouble(), 2) * 2_000_000);
        b.append("{\"amount\": ").append(cents / 100).append('.');
        two(b, (int) (cents % 100));
        return b.append(", \"currency\": \"")
                .append(CURRENCIES[(int) (customer % CURRENCIES.length)])
                .append('"');
    }

    /** {@code yyyy-MM-dd HH:mm:ss.SSS+00}; the date part is cached, since consecutive rows mostly share a day. */
    private void timestamp(StringBuilder b, long millis) {
        long day = Math.floorDiv(millis, DAY);
        int ms = (int) (millis - day * DAY);
        b.append(date(day)).append(' ');
        two(b, ms / 3_600_000);
        b.append(':');
        two(b, ms / 60_000 % 60);
        b.append(':');
        two(b, ms / 1000 % 60);
        b.append('.');
        int fraction = ms % 1000;
        if (fraction < 100) {
            b.append('0');
        }
        two(b, fraction);
        b.append("+00");
    }

    private String date(long day) {
        if (day != cachedDay) {
            cachedDay = day;
            cachedDate = LocalDate.ofEpochDay(day).toString();
        }
        return cachedDate;
    }

    private static void two(StringBuilder b, int value) {
        if (value < 10) {
            b.append('0');
        }
        b.append(value);
    }
}
