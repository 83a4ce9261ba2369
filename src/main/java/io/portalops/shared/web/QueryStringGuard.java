package io.portalops.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The first look at an API request, before security and Spring MVC: the query string must be valid percent-encoded
 * UTF-8 without control characters, each parameter given once, the Authorization header plain ASCII, and a
 * Content-Type one concrete media type (Spring throws on {@code *}{@code /*} deep inside argument resolution).
 * Tomcat would otherwise throw on the first {@code getParameter} (a 500 from deep inside a filter), PostgreSQL would
 * fail on a NUL in a text filter, and a repeated parameter would be joined or shown as a Java array. Decoding the raw
 * query here, once, is the one place that covers every list endpoint of every module.
 */
public class QueryStringGuard extends OncePerRequestFilter {

    /** Longest accepted query string; no filter of the API needs more. */
    static final int MAX_QUERY_LENGTH = 8_192;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && !printableAscii(authorization)) {
            response.setHeader("WWW-Authenticate", "Bearer");
            ProblemWriter.write(
                    response,
                    401,
                    "Unauthorized",
                    "The Authorization header must be plain ASCII: 'Bearer <access_token>'.");
            return;
        }
        String contentType = request.getContentType();
        if (contentType != null && !concreteMediaType(contentType)) {
            ProblemWriter.write(
                    response,
                    415,
                    "Unsupported Media Type",
                    "Content-Type must be one concrete media type, such as application/json; not a wildcard or a list.");
            return;
        }
        String query = request.getQueryString();
        if (query != null && !query.isEmpty()) {
            Refusal refusal = check(query);
            if (refusal != null) {
                ProblemWriter.write(
                        response,
                        400,
                        "Invalid query parameter",
                        refusal.detail(),
                        refusal.parameter() == null ? null : Map.of(refusal.parameter(), refusal.detail()));
                return;
            }
        }
        chain.doFilter(request, response);
    }

    record Refusal(@Nullable String parameter, String detail) {}

    /** Why the raw query string is refused, or null when it is acceptable. */
    static @Nullable Refusal check(String query) {
        if (query.length() > MAX_QUERY_LENGTH) {
            return new Refusal(null, "The query string is longer than " + MAX_QUERY_LENGTH + " characters.");
        }
        Map<String, Integer> seen = new HashMap<>();
        for (String pair : query.split("&", -1)) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String rawName = equals < 0 ? pair : pair.substring(0, equals);
            String name = decode(rawName);
            if (name == null) {
                return new Refusal(null, "A parameter name is not valid percent-encoded UTF-8.");
            }
            String shownName = printable(name) ? name : "(unprintable)";
            if (!printable(name)) {
                return new Refusal(null, "A parameter name contains control characters.");
            }
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            if (value == null) {
                return new Refusal(shownName, "'" + shownName + "' is not valid percent-encoded UTF-8.");
            }
            if (!printable(value)) {
                return new Refusal(shownName, "'" + shownName + "' contains a control character such as NUL (%00).");
            }
            if (seen.merge(name, 1, Integer::sum) > 1) {
                return new Refusal(shownName, "'" + shownName + "' is given more than once; give it once.");
            }
        }
        return null;
    }

    /** Percent-decodes with '+' as space and strict UTF-8, or null when the escapes or the bytes are malformed. */
    private static @Nullable String decode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return null;
                }
                int high = Character.digit(raw.charAt(i + 1), 16);
                int low = Character.digit(raw.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return null;
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c == '+') {
                bytes.write(' ');
            } else if (c > 0x7f) {
                // Tomcat hands over the raw query as ISO-8859-1 characters: one char per byte.
                bytes.write(c & 0xff);
            } else {
                bytes.write(c);
            }
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean concreteMediaType(String contentType) {
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return !type.isWildcardType() && !type.isWildcardSubtype();
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    private static boolean printable(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)) {
                return false;
            }
        }
        return true;
    }

    private static boolean printableAscii(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                return false;
            }
        }
        return true;
    }
}
