package io.portalops.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Writes deadlines as an iCalendar (RFC 5545) with ical4j: one all-day, transparent VEVENT per deadline, whose summary
 * is the type and the title, and whose URL opens the item. Nothing else about the row (no amounts, no names).
 */
final class IcalWriter {

    private IcalWriter() {}

    static String write(CalendarResult result, String baseUrl, Instant now) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//PortalOps//Deadline calendar//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new XProperty("X-WR-CALNAME", "PortalOps deadlines"));
        String base = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        for (Deadline deadline : result.items()) {
            VEvent event = new VEvent(deadline.day(), deadline.type().label() + ": " + deadline.title());
            event.replace(new DtStamp(now));
            event.add(new Uid(deadline.key() + "@portalops"));
            event.add(new Url(URI.create(base + deadline.link())));
            event.add(new Categories(deadline.type().label()));
            event.add(ImmutableTransp.TRANSPARENT);
            if (deadline.action() != null) {
                event.add(new Description("To do: " + deadline.action().label()));
            }
            calendar.add(event);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
