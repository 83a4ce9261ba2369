package io.portalops.shared.storage;

import java.util.regex.Pattern;

/**
 * The keys a {@link FileStore} accepts: segments of letters, digits, {@code .}, {@code _} and {@code -} joined by
 * {@code /}, none empty, none starting with a dot. So no key can name a parent ({@code ..}), an absolute path, a
 * backslash or a control character, in a directory or as an S3 key; a key is refused rather than escaped, since only
 * code makes keys and a strange one is a bug.
 */
public final class StorageKeys {

    public static final int MAX_LENGTH = 512;
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*");

    private StorageKeys() {}

    public static String require(String key) {
        if (key.isEmpty() || key.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("A storage key has 1 to " + MAX_LENGTH + " characters");
        }
        for (String segment : key.split("/", -1)) {
            if (!SEGMENT.matcher(segment).matches()) {
                throw new IllegalArgumentException("Not a storage key: " + printable(key));
            }
        }
        return key;
    }

    private static String printable(String key) {
        return key.codePoints()
                .limit(80)
                .collect(
                        StringBuilder::new,
                        (b, c) -> b.append(Character.isISOControl(c) ? "\\u%04x".formatted(c) : Character.toString(c)),
                        StringBuilder::append)
                .toString();
    }
}
