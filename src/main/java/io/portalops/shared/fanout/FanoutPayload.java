package io.portalops.shared.fanout;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The wire form of a signal, {@code topic|origin|id,id,...}, and its split into pieces that each fit a PostgreSQL
 * notification payload (under 8000 bytes; ASCII only, so characters are bytes).
 */
final class FanoutPayload {

    /** PostgreSQL refuses a payload of 8000 bytes or more; stay well below. */
    static final int MAX_BYTES = 7900;

    private static final Pattern TOPIC = Pattern.compile("[a-z0-9.-]{1,40}");
    private static final Pattern ORIGIN = Pattern.compile("[a-z0-9-]{1,40}");

    private FanoutPayload() {}

    static String checkTopic(String topic) {
        if (!TOPIC.matcher(topic).matches()) {
            throw new IllegalArgumentException("A fan-out topic is 1-40 of a-z 0-9 . - : " + topic);
        }
        return topic;
    }

    static String checkOrigin(String origin) {
        if (!ORIGIN.matcher(origin).matches()) {
            throw new IllegalArgumentException("A fan-out origin is 1-40 of a-z 0-9 - : " + origin);
        }
        return origin;
    }

    /** One payload for no ids, else as few as fit, each under {@link #MAX_BYTES}. */
    static List<String> encode(String topic, String origin, Collection<Long> ids) {
        String head = checkTopic(topic) + "|" + checkOrigin(origin) + "|";
        List<String> payloads = new ArrayList<>();
        StringBuilder current = new StringBuilder(head);
        for (Long id : ids) {
            String next = Long.toString(id);
            boolean first = current.length() == head.length();
            if (!first && current.length() + 1 + next.length() > MAX_BYTES) {
                payloads.add(current.toString());
                current = new StringBuilder(head);
                first = true;
            }
            if (!first) {
                current.append(',');
            }
            current.append(next);
        }
        payloads.add(current.toString());
        return payloads;
    }

    /** Empty for anything not written by {@link #encode}: a stray NOTIFY on the channel is ignored, not fatal. */
    static Optional<FanoutMessage> decode(@Nullable String payload) {
        if (payload == null) {
            return Optional.empty();
        }
        String[] parts = payload.split("\\|", -1);
        if (parts.length != 3
                || !TOPIC.matcher(parts[0]).matches()
                || !ORIGIN.matcher(parts[1]).matches()) {
            return Optional.empty();
        }
        List<Long> ids = new ArrayList<>();
        if (!parts[2].isEmpty()) {
            for (String id : parts[2].split(",", -1)) {
                try {
                    ids.add(Long.parseLong(id));
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(new FanoutMessage(parts[0], parts[1], ids));
    }
}
