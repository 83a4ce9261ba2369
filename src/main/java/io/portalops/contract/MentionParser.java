package io.portalops.contract;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds {@code @username} tokens in a note; the service keeps only those that name real accounts. */
final class MentionParser {

    private static final Pattern MENTION = Pattern.compile("(?<![\\w.@])@([A-Za-z0-9._-]{3,64})");

    private MentionParser() {}

    static Set<String> usernames(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = MENTION.matcher(text);
        while (matcher.find()) {
            String name = matcher.group(1);
            while (name.endsWith(".") || name.endsWith("-")) {
                name = name.substring(0, name.length() - 1);
            }
            names.add(name.toLowerCase(Locale.ROOT));
        }
        return names;
    }
}
