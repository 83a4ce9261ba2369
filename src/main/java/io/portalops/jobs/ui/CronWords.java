package io.portalops.jobs.ui;

import com.cronutils.descriptor.CronDescriptor;
import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.parser.CronParser;
import java.util.Locale;

/** A Spring cron in words ("daily at 02:15"); the cron itself as it is when it cannot be read. */
final class CronWords {

    private static final CronParser PARSER =
            new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.SPRING));
    private static final CronDescriptor WORDS = CronDescriptor.instance(Locale.ENGLISH);

    private CronWords() {}

    static String of(String cron) {
        try {
            String words = WORDS.describe(PARSER.parse(cron)).strip();
            String[] fields = cron.strip().split("\\s+");
            // cron-utils says "at 02:15" for a daily time; a reader of a schedule wants to know it is every day
            boolean daily = fields.length == 6
                    && fields[3].equals("*")
                    && fields[4].equals("*")
                    && (fields[5].equals("*") || fields[5].equals("?"))
                    && fields[2].matches("\\d+")
                    && fields[1].matches("\\d+");
            return daily ? "daily " + words : words;
        } catch (IllegalArgumentException e) {
            return cron;
        }
    }
}
